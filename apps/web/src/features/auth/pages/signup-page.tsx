import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Divider, Form, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiFormError } from '../../../shared/forms/use-api-form-error';
import { currentLocale } from '../../../shared/i18n/i18n';
import { paths } from '../../../shared/routes/paths';
import { PageTitle } from '../../../shared/ui/page-title';
import { signup } from '../api/auth.api';
import { AccountFields } from '../components/account-fields';
import { OrganisationCreateFields } from '../components/organisation-create-fields';
import { OrganisationJoinField } from '../components/organisation-join-field';
import { type SignupValues, toSignupRequest } from '../components/signup-request';

/** Errors the server reports without a path, and the field they belong to. */
const codeFields = {
  invalid_uscc: 'organisation.uscc',
  email_taken: 'email',
  uscc_taken: 'organisation.uscc',
  invalid_region: 'organisation.regionCode',
};

/** Sign up and, in the same step, register a new organisation or ask to join an existing one. */
export function SignupPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<SignupValues>();
  const mode = Form.useWatch(['organisation', 'mode'], form) ?? 'create';
  const { formError, showError } = useApiFormError(form, codeFields);
  const submit = useMutation({
    mutationFn: (values: SignupValues) => signup(toSignupRequest(values, currentLocale())),
    onError: showError,
  });
  return (
    <Card>
      <PageTitle>{t('signup.title')}</PageTitle>
      <Form<SignupValues>
        form={form}
        name="signup"
        layout="vertical"
        initialValues={{ organisation: { mode: 'create', type: 'enterprise' } }}
        onFinish={(values) => submit.mutate(values)}
        scrollToFirstError
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
        <Divider orientation="left">{t('signup.account')}</Divider>
        <AccountFields />
        <Divider orientation="left">{t('signup.organisation')}</Divider>
        <Form.Item name={['organisation', 'mode']} label={t('signup.mode')}>
          <Radio.Group optionType="button" buttonStyle="solid" data-testid="organisation-mode">
            <Radio.Button value="create">{t('signup.modeCreate')}</Radio.Button>
            <Radio.Button value="join">{t('signup.modeJoin')}</Radio.Button>
          </Radio.Group>
        </Form.Item>
        {mode === 'join' ? <OrganisationJoinField /> : <OrganisationCreateFields />}
        <Button type="primary" htmlType="submit" size="large" block loading={submit.isPending}>
          {t('signup.submit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, textAlign: 'center' }}>
        {t('auth.haveAccount')} <Link to={paths.login}>{t('auth.loginLink')}</Link>
      </Typography.Paragraph>
    </Card>
  );
}
