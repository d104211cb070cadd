import { FilePdfOutlined } from '@ant-design/icons';
import { Button, Descriptions, Result, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Receipt } from '../../api/application-types';
import { documentUrls } from '../../api/applications.api';
import { formatSize } from '../../utils/attachment-slots';

/** 提交回执: when, which version, the content hash, the files as submitted; links to both PDFs. */
export function ReceiptCard({ receipt }: { receipt: Receipt }) {
  const { t } = useTranslation();
  return (
    <div data-testid="submission-receipt">
      <Result
        status="success"
        title={t('applications.receipt.title')}
        subTitle={t('applications.receipt.subtitle')}
        style={{ background: '#fff', padding: 24 }}
        extra={<DocumentLinks applicationId={receipt.applicationId} submitted />}
      >
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('applications.receipt.submittedAt')}>
            <span data-testid="receipt-time">{dayjs(receipt.submittedAt).format('YYYY-MM-DD HH:mm:ss')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('applications.receipt.version')}>
            <span data-testid="receipt-version">{receipt.version}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('applications.receipt.hash')}>
            <Typography.Text code copyable data-testid="receipt-hash">
              {receipt.contentHash}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('applications.receipt.attachments')}>
            {receipt.attachments.length === 0
              ? t('common.none')
              : receipt.attachments.map((a) => (
                  <div key={`${a.code}-${a.sha256}`}>
                    {a.fileName} · {formatSize(a.size)} ·{' '}
                    <Typography.Text code>{a.sha256.slice(0, 12)}</Typography.Text>
                  </div>
                ))}
          </Descriptions.Item>
        </Descriptions>
      </Result>
    </div>
  );
}

/** The application as PDF, and the receipt as PDF once it has been submitted. */
export function DocumentLinks({ applicationId, submitted }: { applicationId: string; submitted: boolean }) {
  const { t } = useTranslation();
  return (
    <Space wrap>
      <Button
        icon={<FilePdfOutlined />}
        href={documentUrls.pdf(applicationId)}
        download
        data-testid="download-pdf"
      >
        {t('applications.receipt.pdf')}
      </Button>
      {submitted && (
        <Button
          icon={<FilePdfOutlined />}
          href={documentUrls.receiptPdf(applicationId)}
          download
          data-testid="download-receipt-pdf"
        >
          {t('applications.receipt.receiptPdf')}
        </Button>
      )}
    </Space>
  );
}
