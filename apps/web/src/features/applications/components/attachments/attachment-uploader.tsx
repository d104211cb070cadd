import { UploadOutlined } from '@ant-design/icons';
import { Button, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttachmentScopeKind } from '../../api/application-types';
import { DateField } from '../editor/date-field';

export interface UploadRequest {
  code: string;
  scopeKind?: AttachmentScopeKind;
  scopeKey?: string;
  signedOn?: string;
  file: File;
}

interface AttachmentUploaderProps {
  testId: string;
  code: string;
  scopeKind?: AttachmentScopeKind;
  scopeKey?: string;
  needsSignedOn: boolean;
  uploading: boolean;
  onUpload: (request: UploadRequest) => void;
}

/** A file picker for one slot; agreements ask for the signing date first. */
export function AttachmentUploader({
  testId,
  code,
  scopeKind,
  scopeKey,
  needsSignedOn,
  uploading,
  onUpload,
}: AttachmentUploaderProps) {
  const { t } = useTranslation();
  const [signedOn, setSignedOn] = useState<string | undefined>();
  const blocked = needsSignedOn && !signedOn;
  return (
    <Space wrap data-testid={testId}>
      {needsSignedOn && (
        <Space size="small">
          <Typography.Text>{t('applications.attachments.signedOn')}</Typography.Text>
          <DateField id={`${testId}-signedOn`} value={signedOn} onChange={setSignedOn} />
        </Space>
      )}
      <Upload
        showUploadList={false}
        multiple={false}
        disabled={blocked || uploading}
        beforeUpload={(file) => {
          onUpload({ code, scopeKind, scopeKey, signedOn, file });
          return Upload.LIST_IGNORE;
        }}
      >
        <Button icon={<UploadOutlined />} loading={uploading} disabled={blocked}>
          {t('applications.attachments.upload')}
        </Button>
      </Upload>
      {blocked && (
        <Typography.Text type="secondary">{t('applications.attachments.signedOnFirst')}</Typography.Text>
      )}
    </Space>
  );
}
