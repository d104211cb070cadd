import { Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../api/application-types';
import { optionalCodes } from '../../utils/attachment-slots';
import { AttachmentFileItem } from './attachment-file-item';
import { useAttachmentName } from './attachment-name';
import { AttachmentUploader, type UploadRequest } from './attachment-uploader';

interface OtherAttachmentsProps {
  applicationId: string;
  files: Attachment[];
  readOnly: boolean;
  uploading: boolean;
  removingId: string | null;
  onUpload: (request: UploadRequest) => void;
  onRemove: (attachment: Attachment) => void;
}

/** Files beyond the direction's list: agreements, letters, anything else the applicant wants to add. */
export function OtherAttachments(props: OtherAttachmentsProps) {
  const { t } = useTranslation();
  const nameOf = useAttachmentName();
  const [code, setCode] = useState(optionalCodes[0] ?? 'otherAttachment');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {props.files.map((file) => (
        <Space key={file.id} wrap>
          <Space size={4}>{nameOf(file.code)}:</Space>
          <AttachmentFileItem
            applicationId={props.applicationId}
            attachment={file}
            canRemove={!props.readOnly}
            removing={props.removingId === file.id}
            onRemove={() => props.onRemove(file)}
          />
        </Space>
      ))}
      {!props.readOnly && (
        <Space wrap align="start">
          <Select
            data-testid="other-attachment-code"
            style={{ minWidth: 200 }}
            value={code}
            aria-label={t('applications.attachments.kind')}
            options={optionalCodes.map((c) => ({ value: c, label: nameOf(c) }))}
            onChange={setCode}
          />
          <AttachmentUploader
            key={code}
            testId="other-attachment-upload"
            code={code}
            needsSignedOn={code.endsWith('Agreement')}
            uploading={props.uploading}
            onUpload={props.onUpload}
          />
        </Space>
      )}
    </Space>
  );
}
