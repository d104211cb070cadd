import { Card, Progress, Table, type TableProps, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DirectionFunding } from '../api/office-dashboard-types';
import { formatWan } from '../utils/office-filters';

/** Requested public funding against the planned figure of each direction, with the ratio as a progress bar. */
export function FundingTable({
  directions,
  showCall,
}: {
  directions: DirectionFunding[];
  showCall: boolean;
}) {
  const { t } = useTranslation();
  const basis = (d: DirectionFunding) =>
    d.plannedBasis === 'plannedBudget'
      ? t('officeDashboard.funding.basisPlannedBudget')
      : d.plannedBasis === 'capTimesProjects'
        ? t('officeDashboard.funding.basisCapTimesProjects')
        : t('officeDashboard.funding.noPlanHint');
  const columns: TableProps<DirectionFunding>['columns'] = [
    ...(showCall
      ? [
          {
            title: t('officeDashboard.funding.call'),
            key: 'call',
            width: 220,
            render: (_: unknown, d: DirectionFunding) => (
              <Typography.Text ellipsis={{ tooltip: d.callTitle }} style={{ maxWidth: 210 }}>
                {d.callTitle}
              </Typography.Text>
            ),
          },
        ]
      : []),
    {
      title: t('officeDashboard.funding.direction'),
      key: 'direction',
      render: (_, d) => `${d.code} ${d.name}`,
    },
    {
      title: t('officeDashboard.funding.applications'),
      dataIndex: 'applications',
      width: 110,
      align: 'right',
    },
    {
      title: t('officeDashboard.funding.requested'),
      key: 'requested',
      width: 150,
      align: 'right',
      render: (_, d) => formatWan(d.requestedWan),
    },
    {
      title: t('officeDashboard.funding.planned'),
      key: 'planned',
      width: 150,
      align: 'right',
      render: (_, d) => <Tooltip title={basis(d)}>{formatWan(d.plannedWan)}</Tooltip>,
    },
    {
      title: t('officeDashboard.funding.ratio'),
      key: 'ratio',
      width: 200,
      render: (_, d) =>
        d.ratio === null ? (
          <Tooltip title={basis(d)}>{t('officeDashboard.funding.noPlan')}</Tooltip>
        ) : (
          <Progress
            percent={Math.min(100, Math.round(d.ratio * 100))}
            status={d.ratio > 1 ? 'exception' : 'normal'}
            format={() => `${(d.ratio! * 100).toFixed(1)}%`}
            size="small"
          />
        ),
    },
  ];
  return (
    <Card size="small" title={t('officeDashboard.funding.title')}>
      <Table
        data-testid="funding-table"
        rowKey={(d) => `${d.callId}/${d.code}`}
        size="small"
        columns={columns}
        dataSource={directions}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      />
    </Card>
  );
}
