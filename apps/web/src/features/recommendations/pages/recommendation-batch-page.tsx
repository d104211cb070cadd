import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Space } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../shared/ui/page-title';
import { QueryErrorAlert } from '../../../shared/ui/query-state';
import { useBatch } from '../api/recommendation-batch.api';
import type { CallListEntry } from '../api/recommendation-types';
import { useCallDetail, useCalls } from '../api/recommendations.api';
import { BatchDocuments } from '../components/batch-documents';
import { BatchSend } from '../components/batch-send';
import { BatchStatusCard } from '../components/batch-status-card';
import { CallSelector } from '../components/call-selector';
import { DeadlineCountdown } from '../components/deadline-countdown';
import { useSelectedCall } from '../hooks/use-selected-call';
import { recommendationPaths, withCall } from '../utils/recommendation-paths';

/**
 * `/recommendation-batch`: the recommender's batch for one call: its status, the summary table and the letter to
 * download, the stamped scan to upload, and "send batch" once all three are there, before the deadline.
 */
export function RecommendationBatchPage() {
  const { t } = useTranslation();
  const selected = useSelectedCall();
  const callId = selected.callId;
  const calls = useCalls();
  const detail = useCallDetail(callId);
  const batch = useBatch(callId);
  const titles = useMemo(
    () => new Map<string, CallListEntry>((calls.data?.items ?? []).map((c) => [c.id, c])),
    [calls.data],
  );
  const deadline =
    detail.data?.summary.recommendationDeadline ?? titles.get(callId ?? '')?.recommendationDeadline;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageTitle
        extra={
          <Link to={withCall(recommendationPaths.workspace, callId)}>
            <Button icon={<ArrowLeftOutlined />}>{t('recommendations.batch.backToWorkspace')}</Button>
          </Link>
        }
      >
        {t('recommendations.batch.title')}
      </PageTitle>
      <QueryErrorAlert error={selected.error ?? batch.error} />
      {!selected.isPending && selected.calls.length === 0 ? (
        <Empty description={t('recommendations.call.none')} />
      ) : (
        <>
          <Card size="small">
            <Space direction="vertical" style={{ width: '100%' }}>
              <CallSelector
                calls={selected.calls}
                titles={titles}
                value={callId}
                loading={selected.isPending}
                onChange={selected.select}
              />
              {callId && (
                <DeadlineCountdown
                  deadline={deadline ?? null}
                  serverNow={calls.data?.now}
                  receivedAt={calls.data?.receivedAt}
                />
              )}
            </Space>
          </Card>
          {callId && (
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={12}>
                <BatchStatusCard status={batch.data} loading={batch.isPending} />
              </Col>
              <Col xs={24} lg={12}>
                <Space direction="vertical" size="middle" style={{ width: '100%' }}>
                  <BatchDocuments callId={callId} status={batch.data} />
                  {batch.data && (
                    <BatchSend
                      callId={callId}
                      status={batch.data}
                      deadline={deadline ?? null}
                      serverNow={calls.data?.now}
                      receivedAt={calls.data?.receivedAt}
                    />
                  )}
                </Space>
              </Col>
            </Row>
          )}
        </>
      )}
    </Space>
  );
}
