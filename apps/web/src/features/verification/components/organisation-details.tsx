import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrganisationView } from '../../../shared/api/api-types';

/** The rest of an organisation's details, shown when its row is expanded. */
export function OrganisationDetails({ organisation: o }: { organisation: OrganisationView }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }}>
      <Descriptions.Item label={t('verification.address')}>{o.address ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('verification.website')}>{o.website ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('verification.contact')}>
        {[o.contactName, o.contactPhone].filter(Boolean).join(' ') || none}
      </Descriptions.Item>
      <Descriptions.Item label={t('verification.contactEmail')}>{o.contactEmail ?? none}</Descriptions.Item>
      {o.statusReason && (
        <Descriptions.Item label={t('verification.statusReason')}>{o.statusReason}</Descriptions.Item>
      )}
    </Descriptions>
  );
}
