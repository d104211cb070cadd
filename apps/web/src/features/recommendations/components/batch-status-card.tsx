import { CheckCircleFilled, ClockCircleOutlined } from '@ant-design/icons';
import { Card, Descriptions, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchStatus } from '../api/recommendation-types';
import { formatShanghai } from '../utils/shanghai-time';

function Step({ done, testId, children }: { done: boolean; testId: string; children: ReactNode }) {
  return (
    <Space data-testid={testId} data-done={done}>
      {done ? (
        <CheckCircleFilled style={{ color: '#389e0d' }} />
      ) : (
        <ClockCircleOutlined style={{ color: '#999' }} />
      )}
      <Typography.Text type={done ? undefined : 'secondary'}>{children}</Typography.Text>
    </Space>
  );
}

/** Where the batch stands: what is recommended, the letter and summary generated, the scan uploaded, sent. */
export function BatchStatusCard({ status, loading }: { status: BatchStatus | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const time = (iso: string | null | undefined) => formatShanghai(iso);
  return (
    <Card size="small" title={t('recommendations.batch.status')} loading={loading} data-testid="batch-status">
      {status && (
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('recommendations.batch.recommended')}>
            <span data-testid="batch-recommended">
              {t('recommendations.batch.recommendedValue', { count: status.recommended })}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('recommendations.batch.letter')}>
            <Step done={!!status.letterGeneratedAt} testId="batch-letter">
              {status.letterGeneratedAt
                ? t('recommendations.batch.generatedAt', { time: time(status.letterGeneratedAt) })
                : t('recommendations.batch.notGenerated')}
            </Step>
          </Descriptions.Item>
          <Descriptions.Item label={t('recommendations.batch.summary')}>
            <Step done={!!status.summaryGeneratedAt} testId="batch-summary">
              {status.summaryGeneratedAt
                ? t('recommendations.batch.generatedAt', { time: time(status.summaryGeneratedAt) })
                : t('recommendations.batch.notGenerated')}
            </Step>
          </Descriptions.Item>
          <Descriptions.Item label={t('recommendations.batch.scan')}>
            <Step done={!!status.scan} testId="batch-scan">
              {status.scan
                ? t('recommendations.batch.uploadedAt', {
                    name: status.scan.fileName,
                    time: time(status.scan.uploadedAt),
                  })
                : t('recommendations.batch.notUploaded')}
            </Step>
          </Descriptions.Item>
          <Descriptions.Item label={t('recommendations.batch.sent')}>
            <Step done={!!status.sentAt} testId="batch-sent">
              {status.sentAt
                ? t('recommendations.batch.sentAt', { time: time(status.sentAt) })
                : t('recommendations.batch.notSent')}
            </Step>
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
