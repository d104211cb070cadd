import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../shared/ui/page-title';
import { QueryErrorAlert } from '../../../shared/ui/query-state';
import { useOfficeList } from '../api/formal-review.api';
import type { OfficeListFilters, OfficeState } from '../api/formal-review-types';
import { BulkActions } from '../components/bulk-actions';
import { OfficeFilters } from '../components/office-filters';
import { OfficeTable } from '../components/office-table';
import { useBilingual } from '../hooks/use-bilingual';

const staffLabels: Record<OfficeState, { 'zh-CN': string; 'en-US': string }> = {
  recommended: { 'zh-CN': '已推荐，待形式审查', 'en-US': 'Recommended, awaiting formal review' },
  inFormalReview: { 'zh-CN': '形式审查中', 'en-US': 'In formal review' },
  acceptedForExpertReview: { 'zh-CN': '待专家评审', 'en-US': 'Awaiting expert review' },
  returnedForCorrection: { 'zh-CN': '退回补正', 'en-US': 'Returned for correction' },
  rejected: { 'zh-CN': '形式审查不通过', 'en-US': 'Rejected' },
};

/** The list with its filters (every page) as xlsx, downloaded with the session cookie. */
function exportUrl(f: OfficeListFilters) {
  const params = new URLSearchParams();
  for (const key of ['callId', 'state', 'recommenderId', 'checks'] as const) {
    const value = f[key];
    if (value) params.set(key, value);
  }
  return `/api/v1/formal-reviews.xlsx?${params}`;
}

/** `/formal-reviews`: the programme office's list of recommended applications, with filters and bulk actions. */
export function FormalReviewListPage() {
  const { t } = useTranslation();
  const pick = useBilingual();
  const [filters, setFilters] = useState<OfficeListFilters>({ page: 1, pageSize: 20 });
  const [selected, setSelected] = useState<string[]>([]);
  const list = useOfficeList(filters);
  const items = list.data?.items ?? [];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <PageTitle
        extra={
          <Button icon={<DownloadOutlined />} href={exportUrl(filters)} data-testid="export-formal-reviews">
            {t('formalReview.list.export')}
          </Button>
        }
      >
        {t('formalReview.list.title')}
      </PageTitle>
      <QueryErrorAlert error={list.error} />
      <Card size="small">
        <Space direction="vertical" style={{ width: '100%' }}>
          <OfficeFilters
            value={filters}
            items={items}
            stateLabel={(s) => pick(staffLabels[s])}
            onChange={(next) => {
              setSelected([]);
              setFilters(next);
            }}
          />
          <BulkActions selected={selected} items={items} onDone={() => setSelected([])} />
          <OfficeTable
            items={items}
            loading={list.isPending}
            selected={selected}
            onSelect={setSelected}
            pagination={{
              current: filters.page,
              pageSize: filters.pageSize,
              total: list.data?.total ?? 0,
              onChange: (page, pageSize) => setFilters((f) => ({ ...f, page, pageSize })),
            }}
          />
        </Space>
      </Card>
    </Space>
  );
}
