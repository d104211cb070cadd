import { Button, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApplicationListItem, ApplicationStateCode } from '../api/application-types';
import { useCallTitles } from '../api/applications.api';
import { applicationPath } from '../utils/application-links';
import { StateTag } from './state-tag';

interface ApplicationsTableProps {
  testId: string;
  items: ApplicationListItem[];
  loading: boolean;
  audience: 'applicant' | 'staff';
  /** more buttons for a row (the organisation admin's approve / return) */
  extraActions?: (item: ApplicationListItem) => ReactNode;
}

const editableStates: readonly ApplicationStateCode[] = ['draft', 'returned', 'returnedForCorrection'];

/** Applications with their state, call and direction, last save and what one can do next. */
export function ApplicationsTable({
  testId,
  items,
  loading,
  audience,
  extraActions,
}: ApplicationsTableProps) {
  const { t, i18n } = useTranslation();
  const calls = useCallTitles();
  const callTitle = (id: string) => {
    const call = calls.data?.get(id);
    if (!call) return id;
    return i18n.language === 'en-US' && call.titleEn ? call.titleEn : call.title;
  };
  return (
    <Table
      data-testid={testId}
      rowKey="id"
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          key: 'title',
          title: t('applications.list.title'),
          render: (_, a) => (
            <Link to={applicationPath(a.id)}>{a.title || t('applications.workspace.untitled')}</Link>
          ),
        },
        {
          key: 'direction',
          title: t('applications.list.direction'),
          render: (_, a) => (
            <span>
              <Typography.Text code>{a.directionCode}</Typography.Text>
              <Typography.Text type="secondary" ellipsis style={{ maxWidth: 360 }}>
                {' '}
                {callTitle(a.callId)}
              </Typography.Text>
            </span>
          ),
        },
        {
          key: 'state',
          title: t('applications.list.state'),
          render: (_, a) => <StateTag state={a.state} audience={audience} />,
        },
        {
          key: 'lastSaved',
          title: t('applications.list.lastSaved'),
          render: (_, a) =>
            t('applications.list.lastSavedValue', {
              time: dayjs(a.lastSavedAt).format('YYYY-MM-DD HH:mm'),
              revision: a.revision,
            }),
        },
        {
          key: 'submissions',
          title: t('applications.list.submissions'),
          dataIndex: 'submissionCount',
        },
        {
          key: 'actions',
          title: t('common.actions'),
          render: (_, a) => (
            <span>
              <Link to={applicationPath(a.id)}>
                <Button type="link" size="small">
                  {audience === 'applicant' && editableStates.includes(a.state.code)
                    ? t('applications.list.continue')
                    : t('applications.list.open')}
                </Button>
              </Link>
              {extraActions?.(a)}
            </span>
          ),
        },
      ]}
    />
  );
}
