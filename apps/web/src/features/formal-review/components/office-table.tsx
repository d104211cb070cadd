import { Button, Space, Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OfficeListItem } from '../api/formal-review-types';
import { useBilingual } from '../hooks/use-bilingual';
import { reviewPath } from '../utils/formal-review-paths';
import { formatShanghai } from '../utils/shanghai-time';

/** The office's rows, selectable for bulk actions, each with its state, check summary and correction deadline. */
export function OfficeTable({
  items,
  loading,
  selected,
  onSelect,
  pagination,
}: {
  items: OfficeListItem[];
  loading: boolean;
  selected: string[];
  onSelect: (ids: string[]) => void;
  pagination: {
    current: number;
    pageSize: number;
    total: number;
    onChange: (page: number, size: number) => void;
  };
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const pick = useBilingual();
  return (
    <Table<OfficeListItem>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={items}
      rowSelection={{ selectedRowKeys: selected, onChange: (keys) => onSelect(keys as string[]) }}
      pagination={{
        ...pagination,
        showSizeChanger: true,
        showTotal: (total) => t('formalReview.list.total', { count: total }),
      }}
      locale={{ emptyText: t('formalReview.list.empty') }}
      columns={[
        {
          title: t('formalReview.list.project'),
          dataIndex: 'title',
          render: (title: string, r) => title || r.id,
        },
        { title: t('formalReview.list.organisation'), render: (_, r) => r.organisation.name },
        { title: t('formalReview.list.recommender'), render: (_, r) => r.recommender?.name ?? '—' },
        {
          title: t('formalReview.list.funding'),
          dataIndex: 'publicFundingWan',
          align: 'right',
          render: (v: number | null) => v ?? '—',
        },
        { title: t('formalReview.list.state'), render: (_, r) => <Tag>{pick(r.state.staff)}</Tag> },
        {
          title: t('formalReview.list.checksColumn'),
          render: (_, r) =>
            r.checks ? (
              <Space size={2} wrap data-testid={`checks-${r.id}`}>
                {r.checks.results.map((c) => (
                  <Tooltip key={c.code} title={c.code}>
                    <Tag color={c.status === 'pass' ? 'green' : 'red'}>
                      {t(`formalReview.checks.${c.status}`)}
                    </Tag>
                  </Tooltip>
                ))}
              </Space>
            ) : (
              <Tag>{t('formalReview.checks.notRun')}</Tag>
            ),
        },
        {
          title: t('formalReview.list.deadline'),
          render: (_, r) => formatShanghai(r.correctionDueAt) || '—',
        },
        {
          title: '',
          render: (_, r) => (
            <Button size="small" onClick={() => navigate(reviewPath(r.id))}>
              {t('formalReview.list.open')}
            </Button>
          ),
        },
      ]}
    />
  );
}
