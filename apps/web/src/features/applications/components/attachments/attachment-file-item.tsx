import { DeleteOutlined, FileOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../api/application-types';
import { documentUrls } from '../../api/applications.api';
import { formatSize } from '../../utils/attachment-slots';

interface AttachmentFileItemProps {
  applicationId: string;
  attachment: Attachment;
  canRemove: boolean;
  removing: boolean;
  onRemove: () => void;
}

const scanColours = { clean: 'green', skipped: 'default', pending: 'gold', infected: 'red', error: 'orange' };
type ScanStatus = keyof typeof scanColours;
const isScanStatus = (s: string): s is ScanStatus => s in scanColours;

/** An uploaded file: its name (a download link), size, SHA-256 prefix, scan state, signing date. */
export function AttachmentFileItem({
  applicationId,
  attachment,
  canRemove,
  removing,
  onRemove,
}: AttachmentFileItemProps) {
  const { t } = useTranslation();
  const a = attachment;
  return (
    <Space wrap data-testid="attachment-file" size="small">
      <FileOutlined />
      <Typography.Link href={documentUrls.attachmentFile(applicationId, a.id)} target="_blank" rel="noopener">
        {a.fileName}
      </Typography.Link>
      <Typography.Text type="secondary">{formatSize(a.size)}</Typography.Text>
      <Tooltip title={`SHA-256 ${a.sha256}`}>
        <Typography.Text code data-testid="attachment-sha">
          {a.sha256.slice(0, 12)}
        </Typography.Text>
      </Tooltip>
      {a.signedOn && (
        <Typography.Text type="secondary">
          {t('applications.attachments.signedOnValue', { date: a.signedOn })}
        </Typography.Text>
      )}
      {isScanStatus(a.scanStatus) && (
        <Tag color={scanColours[a.scanStatus]}>
          {t(`applications.attachments.scanStatus.${a.scanStatus}`)}
        </Tag>
      )}
      {canRemove && (
        <Popconfirm
          title={t('applications.attachments.removeConfirm', { name: a.fileName })}
          onConfirm={onRemove}
        >
          <Button type="text" danger size="small" icon={<DeleteOutlined />} loading={removing}>
            {t('applications.attachments.remove')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
