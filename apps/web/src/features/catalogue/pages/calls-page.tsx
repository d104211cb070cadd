import { Button, Col, Row, Space } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../shared/routes/paths';
import { PageTitle } from '../../../shared/ui/page-title';
import { PageSpinner, QueryErrorAlert } from '../../../shared/ui/query-state';
import { useCalls, useDirectionFacets } from '../api/catalogue.api';
import { CalendarPanel } from '../components/calendar-panel';
import { CallsTable } from '../components/calls-table';

/** Every call with its phase and a live countdown, and the deadline calendar; open to everyone. */
export function CallsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const calls = useCalls();
  const facets = useDirectionFacets();
  const { refetch } = calls;
  const onBoundaryPassed = useCallback(() => void refetch(), [refetch]);
  return (
    <>
      <PageTitle
        extra={
          <Space>
            <Button onClick={() => navigate(paths.directions)}>{t('catalogue.nav.directions')}</Button>
            <Button onClick={() => navigate(paths.compare)}>{t('catalogue.nav.compare')}</Button>
          </Space>
        }
      >
        {t('catalogue.calls.title')}
      </PageTitle>
      <QueryErrorAlert error={calls.error} />
      {calls.isPending ? (
        <PageSpinner />
      ) : (
        calls.data && (
          <Row gutter={[16, 16]}>
            <Col span={24}>
              <CallsTable
                calls={calls.data.items}
                receivedAt={calls.dataUpdatedAt}
                onBoundaryPassed={onBoundaryPassed}
              />
            </Col>
            <Col xs={24} lg={12}>
              <CalendarPanel calls={calls.data.items} facets={facets.data} />
            </Col>
          </Row>
        )
      )}
    </>
  );
}
