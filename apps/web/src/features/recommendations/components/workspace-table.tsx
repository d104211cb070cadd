import { Button, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationStateCode, WorkspaceItem } from '../api/recommendation-types';
import { useBilingual } from '../hooks/use-bilingual';
import { formatShanghai } from '../utils/shanghai-time';

const stateColours: Partial<Record<ApplicationStateCode, string>> = {
  orgApproved: 'cyan',
  recommended: 'green',
  recommenderRejected: 'red',
  inFormalReview: 'purple',
  acceptedForExpertReview: 'green',
  returnedForCorrection: 'orange',
  rejected: 'red',
};

interface WorkspaceTableProps {
  items: WorkspaceItem[];
  names: ReadonlyMap<string, string>;
  loading: boolean;
  onOpen: (item: WorkspaceItem) => void;
}

/** The applications of the chosen call in my jurisdiction; each opens in the review drawer. */
export function WorkspaceTable({ items, names, loading, onOpen }: WorkspaceTableProps) {
  const { t } = useTranslation();
  const pick = useBilingual();
  const titleOf = (item: WorkspaceItem) => item.title || t('recommendations.review.untitled');
  return (
    <Table
      data-testid="recommendation-workspace"
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('recommendations.list.empty') }}
      columns={[
        {
          key: 'title',
          title: t('recommendations.list.project'),
          render: (_, item) => (
            <Typography.Link onClick={() => onOpen(item)} data-testid="open-review">
              {titleOf(item)}
            </Typography.Link>
          ),
        },
        {
          key: 'organisation',
          title: t('recommendations.list.organisation'),
          render: (_, item) => (
            <div>
              <div>{item.organisation.name}</div>
              {item.organisation.regionName && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {item.organisation.regionName}
                </Typography.Text>
              )}
            </div>
          ),
        },
        {
          key: 'direction',
          title: t('recommendations.list.direction'),
          render: (_, item) => (
            <span>
              <Typography.Text code>{item.directionCode}</Typography.Text>{' '}
              <Typography.Text type="secondary">{names.get(item.directionCode) ?? ''}</Typography.Text>
            </span>
          ),
        },
        {
          key: 'funding',
          title: t('recommendations.list.funding'),
          align: 'right',
          render: (_, item) => item.publicFundingWan ?? '—',
        },
        {
          key: 'state',
          title: t('recommendations.list.state'),
          render: (_, item) => (
            <span>
              <Tag color={stateColours[item.state.code] ?? 'default'} data-testid="application-state">
                {pick(item.state.staff)}
              </Tag>
              {item.recommendedIncentive && <Tag color="gold">{t('recommendations.list.incentive')}</Tag>}
            </span>
          ),
        },
        {
          key: 'recommendedAt',
          title: t('recommendations.list.recommendedAt'),
          render: (_, item) => formatShanghai(item.recommendedAt) || '—',
        },
        {
          key: 'actions',
          title: t('common.actions'),
          render: (_, item) => (
            <Button size="small" type="link" onClick={() => onOpen(item)} data-testid="action-review">
              {t('recommendations.list.review')}
            </Button>
          ),
        },
      ]}
    />
  );
}
