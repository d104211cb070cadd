import { Alert, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../shared/session/use-session';
import { PageTitle } from '../../../shared/ui/page-title';
import { MembershipStatusAlert } from '../components/membership-status-alert';
import { OrganisationStatusCard } from '../components/organisation-status-card';
import { TaskCards } from '../components/task-cards';

/** The landing page after login: organisation and membership state, and what waits for the person. */
export function HomePage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  // Staff (recommender bodies aside) may have no organisation; only applicants need one.
  const isApplicant = user.roles.length === 0 || user.roles.includes('applicant');
  const showMembership =
    user.status !== 'active' || (!!user.organisation && !user.roles.includes('orgAdmin'));
  return (
    <>
      <PageTitle>{t('home.welcome', { name: user.name })}</PageTitle>
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        {showMembership && <MembershipStatusAlert status={user.status} />}
        {user.organisation ? (
          <OrganisationStatusCard user={user} organisation={user.organisation} />
        ) : (
          isApplicant && <Alert type="info" showIcon message={t('home.noOrganisation')} />
        )}
        {user.roles.length > 0 && (
          <div data-testid="my-roles">
            <Typography.Text type="secondary">{t('home.roles')}</Typography.Text>
            {user.roles.map((role) => (
              <Tag key={role}>{t(`roles.${role}`)}</Tag>
            ))}
          </div>
        )}
        <TaskCards user={user} />
      </Space>
    </>
  );
}
