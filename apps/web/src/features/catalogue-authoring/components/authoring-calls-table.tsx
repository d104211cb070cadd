import { Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuthoringCallSummary } from '../api/authoring-types';
import { editorPath } from '../utils/authoring-links';
import { CallStatusTag } from './call-status-tag';

/** The calls an officer can open in the editor, drafts first among equals. */
export function AuthoringCallsTable({
  calls,
  isLoading,
}: {
  calls: AuthoringCallSummary[];
  isLoading: boolean;
}) {
  const { t } = useTranslation();
  const columns: TableProps<AuthoringCallSummary>['columns'] = [
    { title: t('catalogue.authoring.list.id'), dataIndex: 'id', width: 240 },
    {
      title: t('catalogue.authoring.list.title'),
      key: 'title',
      render: (_, c) => <Link to={editorPath(c.id)}>{c.title}</Link>,
    },
    { title: t('catalogue.calls.year'), dataIndex: 'year', width: 80 },
    {
      title: t('catalogue.authoring.list.status'),
      dataIndex: 'status',
      width: 100,
      render: (_, c) => <CallStatusTag status={c.status} />,
    },
    {
      title: t('catalogue.authoring.list.version'),
      dataIndex: 'version',
      width: 80,
      render: (_, c) => `v${c.version}`,
    },
    { title: t('catalogue.authoring.list.directions'), dataIndex: 'directionCount', width: 90 },
  ];
  return (
    <Table<AuthoringCallSummary>
      rowKey="id"
      data-testid="authoring-calls-table"
      loading={isLoading}
      columns={columns}
      dataSource={calls}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
    />
  );
}
