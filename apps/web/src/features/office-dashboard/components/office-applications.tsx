import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Input, Select, Space, Table, type TableProps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/routes/paths';
import { QueryErrorAlert } from '../../../shared/ui/query-state';
import { officeExportUrls, useOfficeApplications } from '../api/office-dashboard.api';
import {
  type OfficeDashboard,
  type OfficeListFilters,
  type OfficeListItem,
  officeListStates,
} from '../api/office-dashboard-types';
import { useLabel } from '../hooks/use-label';
import { cleanFilters, formatWan, shanghaiText } from '../utils/office-filters';

type Option = { value: string; label: string };

/**
 * The applications recommended to the office, filtered by state, city, recommender, country, field and title,
 * a page at a time; "Export to Excel" downloads every match of the current filters.
 */
export function OfficeApplications({
  callId,
  overview,
}: {
  callId: string | undefined;
  overview: OfficeDashboard;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const [filters, setFilters] = useState<Omit<OfficeListFilters, 'callId'>>({});
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const active = cleanFilters({ ...filters, callId });
  const list = useOfficeApplications(active, page, pageSize);

  const set = (key: keyof OfficeListFilters) => (value: string | undefined) => {
    setFilters((f) => ({ ...f, [key]: value }));
    setPage(1);
  };
  const stateLabels = new Map(overview.byState.map((s) => [s.code, label(s.label)]));
  const options = {
    state: officeListStates.map((s) => ({ value: s, label: stateLabels.get(s) ?? s })),
    city: overview.byCity.flatMap((c) => (c.code && c.name ? [{ value: c.code, label: label(c.name) }] : [])),
    recommender: overview.byRecommender.flatMap((r) =>
      r.id && r.name ? [{ value: r.id, label: r.name }] : [],
    ),
    country: overview.byCountry.flatMap((c) => (c.name ? [{ value: c.code ?? c.name, label: c.name }] : [])),
    field: overview.byField.flatMap((f) => (f.field ? [{ value: f.field, label: f.field }] : [])),
  } satisfies Record<string, Option[]>;
  const select = (key: keyof typeof options, width: number) => (
    <Select
      allowClear
      showSearch
      optionFilterProp="label"
      data-testid={`filter-${key}`}
      placeholder={t(`officeDashboard.list.${key}`)}
      style={{ width }}
      value={filters[key]}
      onChange={set(key)}
      options={options[key]}
    />
  );

  const columns: TableProps<OfficeListItem>['columns'] = [
    {
      title: t('officeDashboard.list.projectTitle'),
      key: 'title',
      render: (_, a) => <Link to={paths.application.replace(':id', a.id)}>{a.title || '—'}</Link>,
    },
    {
      title: t('officeDashboard.list.direction'),
      key: 'direction',
      width: 200,
      render: (_, a) => (
        <Typography.Text ellipsis={{ tooltip: a.callTitle }} style={{ maxWidth: 190 }}>
          {[a.directionCode, a.directionName].filter(Boolean).join(' ')}
        </Typography.Text>
      ),
    },
    {
      title: t('officeDashboard.list.country'),
      key: 'country',
      width: 110,
      render: (_, a) => a.countryName ?? '—',
    },
    {
      title: t('officeDashboard.list.leadOrganisation'),
      key: 'organisation',
      width: 200,
      render: (_, a) => (
        <>
          {a.organisation.name}
          {a.organisation.cityName && (
            <Typography.Text type="secondary"> · {label(a.organisation.cityName)}</Typography.Text>
          )}
        </>
      ),
    },
    {
      title: t('officeDashboard.list.recommender'),
      key: 'recommender',
      width: 160,
      render: (_, a) => a.recommender?.name ?? '—',
    },
    {
      title: t('officeDashboard.list.state'),
      key: 'state',
      width: 150,
      render: (_, a) => label(a.state.label),
    },
    {
      title: t('officeDashboard.list.funding'),
      key: 'funding',
      width: 130,
      align: 'right',
      render: (_, a) => formatWan(a.publicFundingWan),
    },
    {
      title: t('officeDashboard.list.recommendedAt'),
      key: 'recommendedAt',
      width: 140,
      render: (_, a) => shanghaiText(a.recommendedAt) || '—',
    },
  ];

  return (
    <Card
      size="small"
      title={t('officeDashboard.list.title')}
      extra={
        <Button
          icon={<DownloadOutlined />}
          href={officeExportUrls.applications(active)}
          title={t('officeDashboard.list.exportHint')}
          data-testid="export-applications"
        >
          {t('officeDashboard.exportExcel')}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        {select('state', 180)}
        {select('city', 140)}
        {select('recommender', 200)}
        {select('country', 150)}
        {select('field', 160)}
        <Input.Search
          allowClear
          data-testid="filter-q"
          placeholder={t('officeDashboard.list.search')}
          style={{ width: 220 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(value) => set('q')(value)}
        />
        <Button
          onClick={() => {
            setFilters({});
            setSearch('');
            setPage(1);
          }}
        >
          {t('officeDashboard.list.reset')}
        </Button>
      </Space>
      <QueryErrorAlert error={list.error} />
      <Table
        data-testid="office-applications"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t('officeDashboard.list.total', { total }),
          onChange: (p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          },
        }}
      />
    </Card>
  );
}
