import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiFormError } from '../../../shared/forms/use-api-form-error';
import { paths } from '../../../shared/routes/paths';
import { requestPasswordReset } from '../api/auth.api';
import { AuthCard } from '../components/auth-card';

/** Asks for a reset e-mail; the answer is the same whether or not the address is registered. */
export function ResetPasswordRequestPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ email: string }>();
  const { formError, showError } = useApiFormError(form);
  const send = useMutation({ mutationFn: requestPasswordReset, onError: showError });
  if (send.isSuccess) {
    return (
      <Result
        status="success"
        title={t('reset.sentTitle')}
        subTitle={t('reset.sent')}
        extra={<Link to={paths.login}>{t('auth.loginLink')}</Link>}
      />
    );
  }
  return (
    <AuthCard title={t('reset.requestTitle')}>
      <Typography.Paragraph type="secondary">{t('reset.requestHint')}</Typography.Paragraph>
      <Form form={form} name="reset-request" layout="vertical" onFinish={(v) => send.mutate(v.email.trim())}>
        {formError && <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} />}
        <Form.Item
          name="email"
          label={t('auth.email')}
          rules={[
            { required: true, message: t('validation.required') },
            { type: 'email', message: t('validation.email') },
          ]}
        >
          <Input autoComplete="email" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={send.isPending}>
          {t('reset.send')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, textAlign: 'center' }}>
        <Link to={paths.login}>{t('auth.loginLink')}</Link>
      </Typography.Paragraph>
    </AuthCard>
  );
}
