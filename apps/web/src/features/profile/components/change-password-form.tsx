import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { newPasswordRules, requiredRule, sameAsRule } from '../../../shared/forms/form-rules';
import { useApiFormError } from '../../../shared/forms/use-api-form-error';
import { changePassword } from '../api/profile.api';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** The server says wrong_password (or invalid_credentials) when the current password does not match. */
const wrongPasswordField = { wrong_password: 'currentPassword', invalid_credentials: 'currentPassword' };

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const { formError, showError, clearError } = useApiFormError(form, wrongPasswordField);
  const save = useMutation({
    mutationFn: ({ currentPassword, newPassword }: PasswordValues) =>
      changePassword({ currentPassword, newPassword }),
    onSuccess: () => {
      clearError();
      form.resetFields();
      void message.success(t('profile.passwordChanged'));
    },
    onError: showError,
  });
  return (
    <Form<PasswordValues>
      form={form}
      name="change-password"
      layout="vertical"
      style={{ maxWidth: 480 }}
      onFinish={(values) => save.mutate(values)}
    >
      {formError && <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} />}
      <Form.Item name="currentPassword" label={t('profile.currentPassword')} rules={[requiredRule(t)]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label={t('profile.newPassword')} rules={newPasswordRules(t)}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('auth.confirmPassword')}
        dependencies={['newPassword']}
        rules={[requiredRule(t), sameAsRule(t, 'newPassword')]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('profile.changePassword')}
      </Button>
    </Form>
  );
}
