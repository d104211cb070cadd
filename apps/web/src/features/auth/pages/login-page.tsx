import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiFormError } from '../../../shared/forms/use-api-form-error';
import { paths } from '../../../shared/routes/paths';
import { login } from '../api/auth.api';
import { AuthCard } from '../components/auth-card';
import { SsoButton } from '../components/sso-button';

interface LoginValues {
  email: string;
  password: string;
}

/** Sign in by e-mail and password; the guest-only route sends the person on once the session exists. */
export function LoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginValues>();
  const { formError, showError } = useApiFormError(form);
  const submit = useMutation({ mutationFn: login, onError: showError });
  return (
    <AuthCard title={t('auth.loginTitle')}>
      <Form<LoginValues>
        form={form}
        name="login"
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => submit.mutate({ email: values.email.trim(), password: values.password })}
      >
        {formError && (
          <Alert
            type="error"
            showIcon
            message={formError}
            style={{ marginBottom: 16 }}
            data-testid="form-error"
          />
        )}
        <Form.Item
          name="email"
          label={t('auth.email')}
          rules={[
            { required: true, message: t('validation.required') },
            { type: 'email', message: t('validation.email') },
          ]}
        >
          <Input prefix={<MailOutlined />} autoComplete="username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.password')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 16 }}>
          <Link to={paths.forgotPassword}>{t('auth.forgotPassword')}</Link>
        </div>
        <Button type="primary" htmlType="submit" block loading={submit.isPending}>
          {t('auth.login')}
        </Button>
      </Form>
      <SsoButton />
      <Typography.Paragraph style={{ marginTop: 16, textAlign: 'center' }}>
        {t('auth.noAccount')} <Link to={paths.signup}>{t('auth.signupLink')}</Link>
      </Typography.Paragraph>
    </AuthCard>
  );
}
