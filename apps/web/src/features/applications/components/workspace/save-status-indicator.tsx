import {
  CheckCircleOutlined,
  CloudSyncOutlined,
  DisconnectOutlined,
  EditOutlined,
  ExclamationCircleOutlined,
  LockOutlined,
} from '@ant-design/icons';
import { Space, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveStatus } from '../../hooks/use-autosave';

interface SaveStatusIndicatorProps {
  status: SaveStatus;
  lastSavedAt: string;
  revision: number;
  localCopyFailed: boolean;
}

const icons: Record<SaveStatus, ReactNode> = {
  saved: <CheckCircleOutlined style={{ color: '#389e0d' }} />,
  saving: <CloudSyncOutlined spin />,
  unsaved: <EditOutlined style={{ color: '#d48806' }} />,
  offline: <DisconnectOutlined style={{ color: '#cf1322' }} />,
  conflict: <ExclamationCircleOutlined style={{ color: '#cf1322' }} />,
  invalid: <ExclamationCircleOutlined style={{ color: '#cf1322' }} />,
  frozen: <LockOutlined />,
};

/** 已保存 / 保存中 / 未保存, with the time of the last save and the revision the server holds. */
export function SaveStatusIndicator({
  status,
  lastSavedAt,
  revision,
  localCopyFailed,
}: SaveStatusIndicatorProps) {
  const { t } = useTranslation();
  const time = dayjs(lastSavedAt).format('HH:mm:ss');
  return (
    <Tooltip
      title={t('applications.status.revision', {
        revision,
        time: dayjs(lastSavedAt).format('YYYY-MM-DD HH:mm:ss'),
      })}
    >
      <Space size={4} data-testid="save-status" data-status={status}>
        {icons[status]}
        <Typography.Text type={status === 'saved' ? 'secondary' : undefined}>
          {t(`applications.status.${status}`, { time })}
        </Typography.Text>
        {localCopyFailed && (
          <Typography.Text type="warning">{t('applications.status.localCopyFailed')}</Typography.Text>
        )}
      </Space>
    </Tooltip>
  );
}
