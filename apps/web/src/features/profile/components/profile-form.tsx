import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale, Me } from '../../../shared/api/api-types';
import { useApiFormError } from '../../../shared/forms/use-api-form-error';
import { changeLocale, currentLocale, locales } from '../../../shared/i18n/i18n';
import { updateMe } from '../api/profile.api';

interface ProfileValues {
  name: string;
  phone: string;
  locale: Locale;
}

/** Name, phone and language of the signed-in person. */
export function ProfileForm({ user }: { user: Me }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProfileValues>();
  const { formError, showError, clearError } = useApiFormError(form);
  const save = useMutation({
    mutationFn: (values: ProfileValues) =>
      updateMe({ name: values.name.trim(), phone: values.phone?.trim() || null, locale: values.locale }),
    onSuccess: async (me) => {
      clearError();
      if (me.locale !== currentLocale()) await changeLocale(me.locale);
      void message.success(t('common.saved'));
    },
    onError: showError,
  });
  return (
    <Form<ProfileValues>
      form={form}
      name="profile"
      layout="vertical"
      style={{ maxWidth: 480 }}
      initialValues={{ name: user.name, phone: user.phone ?? '', locale: user.locale }}
      onFinish={(values) => save.mutate(values)}
    >
      {formError && <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} />}
      <Form.Item label={t('profile.email')}>
        <Input value={user.email} disabled />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('profile.name')}
        rules={[{ required: true, message: t('validation.required') }]}
      >
        <Input autoComplete="name" />
      </Form.Item>
      <Form.Item name="phone" label={t('profile.phone')}>
        <Input autoComplete="tel" />
      </Form.Item>
      <Form.Item name="locale" label={t('profile.language')}>
        <Select options={locales.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
