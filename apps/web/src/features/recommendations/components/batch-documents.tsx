import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { type BatchDocument, useDownloadDocument, useUploadScan } from '../api/recommendation-batch.api';
import type { BatchStatus } from '../api/recommendation-types';

const downloads: { document: BatchDocument; labelKey: string; testId: string }[] = [
  { document: 'summary.xlsx', labelKey: 'downloadSummary', testId: 'download-summary' },
  { document: 'letter.docx', labelKey: 'downloadLetterDocx', testId: 'download-letter-docx' },
  { document: 'letter.pdf', labelKey: 'downloadLetterPdf', testId: 'download-letter-pdf' },
];

/** 推荐汇总表 and 推荐函 to download, and the stamped scan of both to upload. */
export function BatchDocuments({ callId, status }: { callId: string; status: BatchStatus | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const download = useDownloadDocument(callId);
  const upload = useUploadScan(callId);
  const isSent = !!status?.sentAt;
  return (
    <Card size="small" title={t('recommendations.batch.documents')} data-testid="batch-documents">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('recommendations.batch.documentsHint')}
        </Typography.Paragraph>
        <Space wrap>
          {downloads.map((d) => (
            <Button
              key={d.document}
              icon={<DownloadOutlined />}
              data-testid={d.testId}
              loading={download.isPending && download.variables === d.document}
              onClick={() =>
                download.mutate(d.document, {
                  onError: (error) =>
                    void message.error(`${t('recommendations.batch.downloadFailed')}：${error.message}`),
                })
              }
            >
              {t(`recommendations.batch.${d.labelKey}` as 'recommendations.batch.downloadSummary')}
            </Button>
          ))}
        </Space>
        <div data-testid="scan-upload">
          <Upload
            accept=".pdf,.jpg,.jpeg,.png,.ofd"
            showUploadList={false}
            multiple={false}
            disabled={isSent || upload.isPending}
            beforeUpload={(file) => {
              upload.mutate(file, {
                onSuccess: () => void message.success(t('recommendations.batch.uploaded')),
                onError: (error) =>
                  void message.error(`${t('recommendations.batch.uploadFailed')}：${error.message}`),
              });
              return Upload.LIST_IGNORE;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending} disabled={isSent}>
              {status?.scan ? t('recommendations.batch.reupload') : t('recommendations.batch.upload')}
            </Button>
          </Upload>
        </div>
      </Space>
    </Card>
  );
}
