import { DownloadOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../shared/ui/page-title';
import { QueryErrorAlert } from '../../../shared/ui/query-state';
import type { CallListEntry } from '../api/recommendation-types';
import { useCallDetail, useCalls, useWorkspace } from '../api/recommendations.api';
import { CallSelector } from '../components/call-selector';
import { DeadlineCountdown } from '../components/deadline-countdown';
import { QuotaCounters } from '../components/quota-counters';
import { ReviewDrawer } from '../components/review-drawer';
import { WorkspaceFiltersBar } from '../components/workspace-filters-bar';
import { WorkspaceTable } from '../components/workspace-table';
import { useSelectedCall } from '../hooks/use-selected-call';
import { hasIncentiveQuota } from '../utils/quota-display';
import { recommendationPaths, withCall } from '../utils/recommendation-paths';
import { directionNames, emptyFilters, filterWorkspace } from '../utils/workspace-filters';

/** The workspace list of a call (with the state filter) as xlsx, downloaded with the session cookie. */
const listExportUrl = (callId: string, state: string | null) =>
  `/api/v1/recommendations/list.xlsx?${new URLSearchParams({ callId, ...(state ? { state } : {}) })}`;

/**
 * `/recommendations`: the recommender's workspace for one call: live quota counters, the recommendation deadline
 * with its countdown, and the applications of its jurisdiction, each opening in the review drawer.
 */
export function RecommendationsPage() {
  const { t } = useTranslation();
  const selected = useSelectedCall();
  const callId = selected.callId;
  const workspace = useWorkspace(callId);
  const calls = useCalls();
  const detail = useCallDetail(callId);
  const [filters, setFilters] = useState(emptyFilters);
  const [openId, setOpenId] = useState<string | null>(null);
  const titles = useMemo(
    () => new Map<string, CallListEntry>((calls.data?.items ?? []).map((c) => [c.id, c])),
    [calls.data],
  );
  const names = useMemo(() => directionNames(detail.data?.call.nodes ?? []), [detail.data]);
  const deadline =
    detail.data?.summary.recommendationDeadline ?? titles.get(callId ?? '')?.recommendationDeadline;
  const items = workspace.data?.items ?? [];
  const counters = workspace.data?.counters ?? [];
  const shown = filterWorkspace(items, filters, names);
  const openItem = items.find((i) => i.id === openId) ?? null;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageTitle
        extra={
          callId && (
            <Link to={withCall(recommendationPaths.batch, callId)}>
              <Button icon={<SendOutlined />} data-testid="open-batch">
                {t('recommendations.batch.openBatch')}
              </Button>
            </Link>
          )
        }
      >
        {t('recommendations.nav.workspace')}
      </PageTitle>
      <QueryErrorAlert error={selected.error ?? workspace.error} />
      {workspace.data?.truncated && (
        <Alert
          type="warning"
          showIcon
          message={t('recommendations.list.truncated')}
          data-testid="list-truncated"
        />
      )}
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
                onChange={(id) => {
                  setFilters(emptyFilters);
                  selected.select(id);
                }}
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
          <QuotaCounters
            counters={counters}
            quotas={detail.data?.call.quotas}
            loading={workspace.isPending}
          />
          <Card
            size="small"
            title={t('recommendations.list.title')}
            extra={
              <Space>
                <Typography.Text type="secondary">
                  {t('recommendations.list.total', { count: shown.length })}
                </Typography.Text>
                {callId && (
                  <Button
                    size="small"
                    icon={<DownloadOutlined />}
                    href={listExportUrl(callId, filters.state)}
                    data-testid="export-list"
                  >
                    {t('recommendations.list.export')}
                  </Button>
                )}
              </Space>
            }
          >
            <Space direction="vertical" style={{ width: '100%' }}>
              <WorkspaceFiltersBar items={items} names={names} value={filters} onChange={setFilters} />
              <WorkspaceTable
                items={shown}
                names={names}
                loading={workspace.isPending}
                onOpen={(item) => setOpenId(item.id)}
              />
            </Space>
          </Card>
        </>
      )}
      <ReviewDrawer
        item={openItem}
        directionName={openItem ? names.get(openItem.directionCode) : undefined}
        canUseIncentive={hasIncentiveQuota(counters)}
        onClose={() => setOpenId(null)}
      />
    </Space>
  );
}
