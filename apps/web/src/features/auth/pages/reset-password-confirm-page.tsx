import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { newPasswordRules, requiredRule, sameAsRule } from '../../../shared/forms/form-rules';
import { useApiFormError } from '../../../shared/forms/use-api-form-error';
import { paths } from '../../../shared/routes/paths';
import { confirmPasswordReset } from '../api/auth.api';
import { AuthCard } from '../components/auth-card';

interface ConfirmValues {
  password: string;
  confirmPassword: string;
}

/** Sets a new password with the token from the reset e-mail (`/reset-password?token=…`). */
export function ResetPasswordConfirmPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [form] = Form.useForm<ConfirmValues>();
  const { formError, showError } = useApiFormError(form);
  const confirm = useMutation({ mutationFn: confirmPasswordReset, onError: showError });
  const loginLink = <Link to={paths.login}>{t('auth.loginLink')}</Link>;
  if (!token) return <Result status="warning" title={t('reset.missingToken')} extra={loginLink} />;
  if (confirm.isSuccess) {
    return (
      <Result status="success" title={t('reset.doneTitle')} subTitle={t('reset.done')} extra={loginLink} />
    );
  }
  return (
    <AuthCard title={t('reset.confirmTitle')}>
      <Form<ConfirmValues>
        form={form}
        name="reset-confirm"
        layout="vertical"
        onFinish={(values) => confirm.mutate({ token, password: values.password })}
      >
        {formError && <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} />}
        <Form.Item name="password" label={t('reset.newPassword')} rules={newPasswordRules(t)}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('auth.confirmPassword')}
          dependencies={['password']}
          rules={[requiredRule(t), sameAsRule(t, 'password')]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={confirm.isPending}>
          {t('common.submit')}
        </Button>
      </Form>
    </AuthCard>
  );
}
