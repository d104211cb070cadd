import { Card, Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEditor } from './editor-context';
import { ParticipantsTable } from './participants-table';
import { SubTopicsTable } from './sub-topics-table';

/** The lead (the session's organisation, as registered), the domestic participants, the partners abroad. */
export function OrganisationsSection() {
  const { t } = useTranslation();
  const { lead } = useEditor();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card size="small" title={t('applications.organisations.lead')} data-testid="lead-organisation">
        {lead ? (
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('applications.organisations.name')}>{lead.name}</Descriptions.Item>
            <Descriptions.Item label={t('applications.organisations.type')}>
              {t(`organisationType.${lead.type}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('applications.organisations.uscc')}>
              {lead.uscc ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('applications.organisations.region')}>
              {lead.regionName ?? lead.country ?? '—'}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Typography.Text type="secondary">{t('app.loading')}</Typography.Text>
        )}
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('applications.organisations.leadHint')}
        </Typography.Paragraph>
      </Card>
      <Card size="small" title={t('applications.organisations.domestic')}>
        <ParticipantsTable side="domestic" />
      </Card>
      <Card size="small" title={t('applications.organisations.foreign')}>
        <ParticipantsTable side="foreign" />
      </Card>
      <Card size="small" title={t('applications.subTopics.title')}>
        <Typography.Paragraph type="secondary">{t('applications.subTopics.hint')}</Typography.Paragraph>
        <SubTopicsTable />
      </Card>
    </Space>
  );
}
