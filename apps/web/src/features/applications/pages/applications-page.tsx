import { SearchOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../shared/routes/paths';
import { PageTitle } from '../../../shared/ui/page-title';
import { QueryErrorAlert } from '../../../shared/ui/query-state';
import { useApplications } from '../api/applications.api';
import { ApplicationsTable } from '../components/applications-table';

/** `/applications`: my organisation's applications, in the applicant's words. */
export function ApplicationsPage() {
  const { t } = useTranslation();
  const applications = useApplications();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <PageTitle
        extra={
          <Link to={paths.finder}>
            <Button type="primary" icon={<SearchOutlined />}>
              {t('applications.list.findMore')}
            </Button>
          </Link>
        }
      >
        {t('applications.list.mineTitle')}
      </PageTitle>
      <QueryErrorAlert error={applications.error} />
      <ApplicationsTable
        testId="my-applications"
        items={applications.data ?? []}
        loading={applications.isPending}
        audience="applicant"
      />
    </Space>
  );
}
