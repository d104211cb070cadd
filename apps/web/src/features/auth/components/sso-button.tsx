import { SafetyOutlined } from '@ant-design/icons';
import { Button, Divider } from 'antd';
import { useTranslation } from 'react-i18next';
import { oidcStartUrl, useOidcStatus } from '../api/auth.api';

/** Single sign-on, shown only when the server has an identity provider configured. */
export function SsoButton() {
  const { t } = useTranslation();
  const { data } = useOidcStatus();
  if (!data?.enabled) return null;
  return (
    <>
      <Divider plain>{t('auth.or')}</Divider>
      <Button block icon={<SafetyOutlined />} href={oidcStartUrl} data-testid="sso-login">
        {t('auth.sso', { label: data.label ?? t('auth.ssoDefault') })}
      </Button>
    </>
  );
}
