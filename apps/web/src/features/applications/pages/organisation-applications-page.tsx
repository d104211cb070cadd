import { Segmented, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../shared/ui/page-title';
import { QueryErrorAlert } from '../../../shared/ui/query-state';
import { useApplications } from '../api/applications.api';
import { ApplicationsTable } from '../components/applications-table';
import { LifecycleActions } from '../components/lifecycle-actions';

const filters = ['submitted', 'orgApproved', 'returned', 'all'] as const;
type Filter = (typeof filters)[number];

/**
 * `/organisation/applications`: the organisation admin's queue. Submitted applications wait for approval (or
 * return with a reason) before they go to the recommender; the filter shows the other states too.
 */
export function OrganisationApplicationsPage() {
  const { t } = useTranslation();
  const applications = useApplications();
  const [filter, setFilter] = useState<Filter>('submitted');
  const items = (applications.data ?? []).filter((a) => filter === 'all' || a.state.code === filter);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <PageTitle>{t('applications.organisation.title')}</PageTitle>
      <Segmented<Filter>
        data-testid="organisation-applications-filter"
        value={filter}
        onChange={setFilter}
        options={filters.map((f) => ({ value: f, label: t(`applications.organisation.filters.${f}`) }))}
      />
      <QueryErrorAlert error={applications.error} />
      <ApplicationsTable
        testId="organisation-applications"
        items={items}
        loading={applications.isPending}
        audience="staff"
        extraActions={(a) =>
          a.state.code === 'submitted' && (
            <LifecycleActions
              applicationId={a.id}
              title={a.title || t('applications.workspace.untitled')}
              actions={['orgApprove', 'orgReturn']}
              size="small"
            />
          )
        }
      />
    </Space>
  );
}
