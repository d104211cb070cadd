import { Descriptions, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ApplicationView, CallSummary, DirectionNode } from '../../api/application-types';
import { StateTag } from '../state-tag';

interface WorkspaceHeaderProps {
  application: ApplicationView;
  call: CallSummary | undefined;
  direction: DirectionNode | undefined;
  revision: number;
  lastSavedAt: string;
  audience: 'applicant' | 'staff';
}

/** Which call and direction, the state, the revision and when it was last saved. */
export function WorkspaceHeader({
  application,
  call,
  direction,
  revision,
  lastSavedAt,
  audience,
}: WorkspaceHeaderProps) {
  const { t, i18n } = useTranslation();
  const callTitle = call
    ? i18n.language === 'en-US' && call.titleEn
      ? call.titleEn
      : call.title
    : application.callId;
  const path = direction ? [...direction.ancestors.map((a) => a.name), direction.node.name].join(' / ') : '';
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="application-header">
      <Descriptions.Item label={t('applications.workspace.call')} span={{ xs: 1, md: 2, xl: 3 }}>
        {callTitle}
      </Descriptions.Item>
      <Descriptions.Item label={t('applications.workspace.direction')}>
        <Space size={4}>
          <Typography.Text code>{application.directionCode}</Typography.Text>
          {path}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label={t('applications.workspace.state')}>
        <StateTag state={application.state} audience={audience} />
      </Descriptions.Item>
      <Descriptions.Item label={t('applications.workspace.revision')}>
        {t('applications.workspace.revisionValue', {
          revision,
          time: dayjs(lastSavedAt).format('YYYY-MM-DD HH:mm:ss'),
        })}
      </Descriptions.Item>
    </Descriptions>
  );
}
