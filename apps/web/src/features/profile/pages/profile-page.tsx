import { Card, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../shared/session/use-session';
import { PageTitle } from '../../../shared/ui/page-title';
import { ChangePasswordForm } from '../components/change-password-form';
import { ProfileForm } from '../components/profile-form';

export function ProfilePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <>
      <PageTitle>{t('profile.title')}</PageTitle>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card title={t('profile.details')}>
          <ProfileForm user={user} />
        </Card>
        <Card title={t('profile.changePassword')}>
          <ChangePasswordForm />
        </Card>
      </Space>
    </>
  );
}
