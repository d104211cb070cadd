import { Button, Card, Space, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Me } from '../../../shared/api/api-types';
import { paths } from '../../../shared/routes/paths';
import { hasAnyRole } from '../../../shared/session/use-session';
import { usePendingMemberCount, usePendingOrganisationCount } from '../api/dashboard.api';

/** What waits for this person's decision: members to approve, organisations to verify. */
export function TaskCards({ user }: { user: Me }) {
  const { t } = useTranslation();
  const isOrgAdmin = hasAnyRole(user, ['orgAdmin']);
  const isVerifier = hasAnyRole(user, ['recommender', 'sysAdmin']);
  const members = usePendingMemberCount(user.organisation?.id, isOrgAdmin);
  const organisations = usePendingOrganisationCount(isVerifier);
  if (!isOrgAdmin && !isVerifier) return null;
  return (
    <Space wrap size="large">
      {isOrgAdmin && (
        <Card data-testid="pending-members-card">
          <Statistic title={t('home.pendingMembers')} value={members.data ?? 0} />
          <Link to={paths.members}>
            <Button type="link">{t('home.review')}</Button>
          </Link>
        </Card>
      )}
      {isVerifier && (
        <Card data-testid="pending-organisations-card">
          <Statistic title={t('home.pendingOrganisations')} value={organisations.data ?? 0} />
          <Link to={paths.verification}>
            <Button type="link">{t('home.review')}</Button>
          </Link>
        </Card>
      )}
    </Space>
  );
}
