import { Alert, App, Card, Divider, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../shared/api/api-error';
import type { Attachment } from '../../api/application-types';
import { useAttachments, useDeleteAttachment, useUploadAttachment } from '../../api/attachments.api';
import { attachmentSlotKey, attachmentSlots, pledgeCode } from '../../utils/attachment-slots';
import { useEditor } from '../editor/editor-context';
import { AttachmentSlotRow } from './attachment-slot-row';
import type { UploadRequest } from './attachment-uploader';
import { OtherAttachments } from './other-attachments';

/**
 * 附件: the direction's required files (per organisation or key person where asked), the integrity pledges
 * (one per organisation and key person) and any other file. Files can be removed while the draft is editable.
 */
export function AttachmentsSection() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { applicationId, content, direction, lead, readOnly } = useEditor();
  const list = useAttachments(applicationId);
  const upload = useUploadAttachment(applicationId);
  const remove = useDeleteAttachment(applicationId);
  const [uploadingKey, setUploadingKey] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const slots = attachmentSlots(direction, content, lead);
  const files = list.data ?? [];
  const slotKeys = new Set(slots.map((s) => s.key));
  const others = files.filter((f) => !slotKeys.has(attachmentSlotKey(f)));

  const onUpload = (key: string, request: UploadRequest) => {
    setUploadingKey(key);
    setUploadError(null);
    upload.mutate(request, {
      onSuccess: (saved) =>
        void message.success(t('applications.attachments.uploadedMessage', { name: saved.fileName })),
      onError: (error) => setUploadError(error instanceof Error ? error.message : String(error)),
      onSettled: () => setUploadingKey(null),
    });
  };
  const onRemove = (attachment: Attachment) =>
    remove.mutate(attachment.id, {
      onError: (error) => void message.error(error instanceof Error ? error.message : String(error)),
    });

  if (list.isError) {
    const unavailable = isApiError(list.error) && (list.error.status === 404 || list.error.status === 405);
    return (
      <Alert
        type={unavailable ? 'warning' : 'error'}
        showIcon
        message={unavailable ? t('applications.attachments.unavailable') : t('errors.loadFailed')}
        description={unavailable ? t('applications.attachments.unavailableHint') : list.error.message}
      />
    );
  }
  const row = (slot: (typeof slots)[number]) => (
    <AttachmentSlotRow
      key={slot.key}
      applicationId={applicationId}
      slot={slot}
      files={files.filter((f) => attachmentSlotKey(f) === slot.key)}
      readOnly={readOnly}
      uploadingKey={uploadingKey}
      removingId={remove.isPending ? (remove.variables ?? null) : null}
      onUpload={onUpload}
      onRemove={onRemove}
    />
  );
  const directionSlots = slots.filter((s) => s.code !== pledgeCode);
  const pledgeSlots = slots.filter((s) => s.code === pledgeCode);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="attachments-section">
      <Typography.Paragraph type="secondary">{t('applications.attachments.hint')}</Typography.Paragraph>
      {uploadError && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setUploadError(null)}
          message={t('applications.attachments.rejected')}
          description={uploadError}
          data-testid="attachment-error"
        />
      )}
      <Card size="small" title={t('applications.attachments.direction')} loading={list.isPending}>
        {directionSlots.length === 0 ? (
          <Typography.Text type="secondary">{t('applications.attachments.noneRequired')}</Typography.Text>
        ) : (
          directionSlots.map((slot, i) => (
            <div key={slot.key}>
              {i > 0 && <Divider style={{ margin: '12px 0' }} />}
              {row(slot)}
            </div>
          ))
        )}
      </Card>
      <Card size="small" title={t('applications.attachments.pledges')} loading={list.isPending}>
        <Typography.Paragraph type="secondary">
          {t('applications.attachments.pledgesHint')}
        </Typography.Paragraph>
        {pledgeSlots.map((slot, i) => (
          <div key={slot.key}>
            {i > 0 && <Divider style={{ margin: '12px 0' }} />}
            {row(slot)}
          </div>
        ))}
      </Card>
      <Card size="small" title={t('applications.attachments.others')} loading={list.isPending}>
        <OtherAttachments
          applicationId={applicationId}
          files={others}
          readOnly={readOnly}
          uploading={uploadingKey === 'other'}
          removingId={remove.isPending ? (remove.variables ?? null) : null}
          onUpload={(request) => onUpload('other', request)}
          onRemove={onRemove}
        />
      </Card>
    </Space>
  );
}
