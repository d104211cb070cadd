import { Alert, Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Me, MeOrganisation } from '../../../shared/api/api-types';
import { OrganisationStatusTag } from '../../../shared/ui/status-tags';
import { useOrganisation } from '../api/dashboard.api';

const statusAlert = {
  pending: { type: 'warning', title: 'home.orgPending', hint: 'home.orgPendingHint' },
  verified: { type: 'success', title: 'home.orgVerified', hint: null },
  rejected: { type: 'error', title: 'home.orgRejected', hint: null },
} as const;

/** The person's organisation and where it stands with its recommender. */
export function OrganisationStatusCard({ user, organisation }: { user: Me; organisation: MeOrganisation }) {
  const { t } = useTranslation();
  const isMember = user.status === 'active';
  const { data: details } = useOrganisation(organisation.id, isMember && organisation.status === 'rejected');
  const alert = statusAlert[organisation.status];
  const reason = details?.statusReason;
  const description = [alert.hint ? t(alert.hint) : null, reason ? t('home.reason', { reason }) : null]
    .filter(Boolean)
    .join(' ');
  return (
    <Card title={t('home.yourOrganisation')}>
      <Descriptions column={1} size="small" style={{ marginBottom: isMember ? 16 : 0 }}>
        <Descriptions.Item label={t('verification.name')}>{organisation.name}</Descriptions.Item>
        <Descriptions.Item label={t('verification.type')}>
          {t(`organisationType.${organisation.type}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('common.status')}>
          <OrganisationStatusTag status={organisation.status} />
        </Descriptions.Item>
      </Descriptions>
      {isMember && (
        <Alert
          data-testid="organisation-status"
          type={alert.type}
          showIcon
          message={t(alert.title)}
          description={description || undefined}
        />
      )}
    </Card>
  );
}
