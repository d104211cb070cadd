import { Table, type TableProps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DirectionSummary } from '../api/catalogue-types';
import { callPath, directionPath } from '../utils/catalogue-links';
import { formatShanghai } from '../utils/shanghai-time';
import { PhaseTag } from './phase-tag';

interface DirectionsTableProps {
  items: DirectionSummary[];
  total: number;
  page: number;
  pageSize: number;
  isLoading: boolean;
  onPage: (page: number, pageSize: number) => void;
}

export function DirectionsTable({ items, total, page, pageSize, isLoading, onPage }: DirectionsTableProps) {
  const { t } = useTranslation();
  const yesNo = (value: boolean | null) =>
    value === null ? '—' : value ? t('catalogue.value.yes') : t('catalogue.value.no');
  const columns: TableProps<DirectionSummary>['columns'] = [
    {
      title: t('catalogue.directions.call'),
      key: 'call',
      width: 240,
      render: (_, d) => (
        <Link to={callPath(d.callId)}>
          <Typography.Text ellipsis={{ tooltip: d.callTitle }} style={{ maxWidth: 230, color: 'inherit' }}>
            {d.callTitle}
          </Typography.Text>
        </Link>
      ),
    },
    { title: t('catalogue.directions.year'), dataIndex: 'year', width: 70 },
    { title: t('catalogue.directions.code'), dataIndex: 'code', width: 80 },
    {
      title: t('catalogue.directions.name'),
      key: 'name',
      render: (_, d) => (
        <Link to={directionPath(d.callId, d.code)} data-testid="direction-link">
          {d.name}
        </Link>
      ),
    },
    {
      title: t('catalogue.directions.country'),
      dataIndex: 'countryName',
      width: 110,
      render: (v) => v ?? '—',
    },
    {
      title: t('catalogue.directions.fields'),
      dataIndex: 'priorityFields',
      width: 220,
      render: (_, d) => d.priorityFields.map((f) => <Tag key={f}>{f}</Tag>),
    },
    {
      title: t('catalogue.directions.cap'),
      dataIndex: 'fundingCapWan',
      width: 110,
      align: 'right',
      render: (_, d) => (d.fundingCapWan === null ? '—' : d.fundingCapWan),
    },
    {
      title: t('catalogue.directions.bilateral'),
      dataIndex: 'bilateral',
      width: 70,
      render: (_, d) => yesNo(d.bilateral),
    },
    {
      title: t('catalogue.directions.foreignDeadline'),
      dataIndex: 'foreignDeadline',
      width: 140,
      render: (_, d) => formatShanghai(d.foreignDeadline) || '—',
    },
    {
      title: t('catalogue.directions.phase'),
      dataIndex: 'phase',
      width: 90,
      render: (_, d) => <PhaseTag phase={d.phase} />,
    },
  ];
  return (
    <Table<DirectionSummary>
      rowKey={(d) => `${d.callId}/${d.code}`}
      data-testid="directions-table"
      columns={columns}
      dataSource={items}
      loading={isLoading}
      scroll={{ x: 1300 }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        showTotal: (count) => t('catalogue.directions.total', { count }),
        onChange: onPage,
      }}
    />
  );
}
