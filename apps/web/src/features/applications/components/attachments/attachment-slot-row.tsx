import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../api/application-types';
import type { AttachmentSlot } from '../../utils/attachment-slots';
import { AttachmentFileItem } from './attachment-file-item';
import { useAttachmentName } from './attachment-name';
import { AttachmentUploader, type UploadRequest } from './attachment-uploader';

interface AttachmentSlotRowProps {
  applicationId: string;
  slot: AttachmentSlot;
  files: Attachment[];
  readOnly: boolean;
  uploadingKey: string | null;
  removingId: string | null;
  onUpload: (slotKey: string, request: UploadRequest) => void;
  onRemove: (attachment: Attachment) => void;
}

/** One slot: what is asked for (and for whom), what is uploaded, and the picker while editable. */
export function AttachmentSlotRow({
  applicationId,
  slot,
  files,
  readOnly,
  uploadingKey,
  removingId,
  onUpload,
  onRemove,
}: AttachmentSlotRowProps) {
  const { t } = useTranslation();
  const nameOf = useAttachmentName();
  const testId = `attachment-slot-${slot.key.replace(/[^a-zA-Z0-9-]/g, '_')}`;
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }} data-testid={testId}>
      <Space wrap>
        <Typography.Text strong>{nameOf(slot.code, slot.spec)}</Typography.Text>
        {slot.holder && <Typography.Text>· {slot.holder}</Typography.Text>}
        {slot.required ? (
          <Tag color="red">{t('applications.attachments.required')}</Tag>
        ) : (
          <Tag>{t('applications.attachments.optional')}</Tag>
        )}
        {files.length > 0 && <Tag color="green">{t('applications.attachments.uploaded')}</Tag>}
      </Space>
      {slot.spec?.note && <Typography.Text type="secondary">{slot.spec.note}</Typography.Text>}
      {files.map((file) => (
        <AttachmentFileItem
          key={file.id}
          applicationId={applicationId}
          attachment={file}
          canRemove={!readOnly}
          removing={removingId === file.id}
          onRemove={() => onRemove(file)}
        />
      ))}
      {!readOnly && (
        <AttachmentUploader
          testId={`${testId}-upload`}
          code={slot.code}
          scopeKind={slot.scopeKind}
          scopeKey={slot.scopeKey}
          needsSignedOn={slot.needsSignedOn}
          uploading={uploadingKey === slot.key}
          onUpload={(request) => onUpload(slot.key, request)}
        />
      )}
    </Space>
  );
}
