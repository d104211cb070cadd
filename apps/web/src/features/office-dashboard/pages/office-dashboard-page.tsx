import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Row, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../shared/ui/page-title';
import { PageSpinner, QueryErrorAlert } from '../../../shared/ui/query-state';
import { officeExportUrls, useOfficeDashboard } from '../api/office-dashboard.api';
import { BarChart } from '../components/bar-chart';
import { FundingTable } from '../components/funding-table';
import { OfficeApplications } from '../components/office-applications';
import { StatCards } from '../components/stat-cards';
import { useLabel } from '../hooks/use-label';
import { shanghaiText } from '../utils/office-filters';

const allCalls = '';

/**
 * The programme office's overview of one call or all: how many applications stand where, from which cities,
 * recommenders, partner countries and fields; funding requested against the plan per direction; and the list of
 * what was recommended, each exportable to Excel.
 */
export function OfficeDashboardPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const [callId, setCallId] = useState(allCalls);
  const chosen = callId || undefined;
  const overview = useOfficeDashboard(chosen);
  const data = overview.data;

  const toolbar = (
    <Space wrap>
      <Select
        data-testid="office-call-select"
        aria-label={t('officeDashboard.callLabel')}
        style={{ width: 360 }}
        showSearch
        optionFilterProp="label"
        value={callId}
        onChange={setCallId}
        options={[
          { value: allCalls, label: t('officeDashboard.allCalls') },
          ...(data?.calls ?? []).map((c) => ({ value: c.id, label: `${c.year} ${c.title}` })),
        ]}
      />
      <Button
        icon={<DownloadOutlined />}
        href={officeExportUrls.dashboard(chosen)}
        data-testid="export-dashboard"
      >
        {t('officeDashboard.exportExcel')}
      </Button>
    </Space>
  );

  return (
    <>
      <PageTitle extra={toolbar}>{t('officeDashboard.title')}</PageTitle>
      <QueryErrorAlert error={overview.error} />
      {!data ? (
        overview.isPending && <PageSpinner />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Alert
            type="info"
            showIcon
            message={t('officeDashboard.generatedAt', { time: shanghaiText(data.generatedAt) })}
            description={t('officeDashboard.scope')}
          />
          <StatCards totals={data.totals} />
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <BarChart
                testId="chart-state"
                title={t('officeDashboard.charts.byState')}
                rows={data.byState.map((s) => ({ key: s.code, label: label(s.label), value: s.count }))}
              />
            </Col>
            <Col xs={24} lg={12}>
              <BarChart
                testId="chart-city"
                title={t('officeDashboard.charts.byCity')}
                rows={data.byCity.map((c) => ({
                  key: c.code ?? '-',
                  label: c.name ? label(c.name) : t('officeDashboard.charts.unknownCity'),
                  value: c.count,
                }))}
              />
            </Col>
            <Col xs={24} lg={12}>
              <BarChart
                testId="chart-recommender"
                title={t('officeDashboard.charts.byRecommender')}
                rows={data.byRecommender.map((r) => ({
                  key: r.id ?? '-',
                  label: r.name ?? t('officeDashboard.charts.notRecommended'),
                  value: r.count,
                }))}
              />
            </Col>
            <Col xs={24} lg={12}>
              <BarChart
                testId="chart-country"
                title={t('officeDashboard.charts.byCountry')}
                rows={data.byCountry.map((c) => ({
                  key: `${c.code ?? ''}/${c.name ?? ''}`,
                  label: c.name ?? t('officeDashboard.charts.noCountry'),
                  value: c.count,
                }))}
              />
            </Col>
            <Col xs={24}>
              <BarChart
                testId="chart-field"
                title={t('officeDashboard.charts.byField')}
                limit={20}
                rows={data.byField.map((f) => ({
                  key: f.field ?? '-',
                  label: f.field ?? t('officeDashboard.charts.noField'),
                  value: f.count,
                }))}
              />
            </Col>
          </Row>
          <FundingTable directions={data.directions} showCall={!chosen} />
          <OfficeApplications key={callId} callId={chosen} overview={data} />
        </Space>
      )}
    </>
  );
}
