import { CheckOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../shared/ui/page-title';
import { QueryErrorAlert } from '../../../shared/ui/query-state';
import { type InboxItem, useInbox, useMarkAllRead, useMarkRead } from '../api/notifications.api';
import { applicationLink } from '../utils/notification-paths';
import { formatShanghai } from '../utils/shanghai-time';

const PAGE_SIZE = 20;

/** The inbox: my notifications, newest first; opening one marks it read. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const inbox = useInbox(PAGE_SIZE, (page - 1) * PAGE_SIZE);
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const unread = inbox.data?.unread ?? 0;

  const actions = (item: InboxItem) => [
    ...(item.applicationId
      ? [
          <Link
            key="open"
            to={applicationLink(item.applicationId)}
            onClick={() => !item.read && markRead.mutate(item.id)}
          >
            {t('notifications.openApplication')}
          </Link>,
        ]
      : []),
    ...(item.read
      ? []
      : [
          <Button key="read" type="link" size="small" onClick={() => markRead.mutate(item.id)}>
            {t('notifications.markRead')}
          </Button>,
        ]),
  ];

  return (
    <>
      <PageTitle
        extra={
          <Button
            icon={<CheckOutlined />}
            disabled={!unread}
            loading={markAllRead.isPending}
            onClick={() => markAllRead.mutate()}
          >
            {t('notifications.markAllRead')}
          </Button>
        }
      >
        {t('notifications.title')}
      </PageTitle>
      <Alert type="info" showIcon message={t('notifications.intro')} style={{ marginBottom: 16 }} />
      <QueryErrorAlert error={inbox.error ?? markRead.error ?? markAllRead.error} />
      {inbox.data ? (
        <Typography.Paragraph type="secondary">
          {t('notifications.total', { count: inbox.data.total })} ·{' '}
          {t('notifications.unreadOnly', { count: unread })}
        </Typography.Paragraph>
      ) : null}
      <List<InboxItem>
        loading={inbox.isPending}
        dataSource={inbox.data?.items ?? []}
        locale={{ emptyText: t('notifications.empty') }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: inbox.data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
        renderItem={(item) => (
          <List.Item actions={actions(item)} data-testid="notification-item">
            <List.Item.Meta
              title={
                <Space>
                  {item.read ? null : <Badge status="processing" title={t('notifications.unread')} />}
                  <Typography.Text strong={!item.read}>{item.subject}</Typography.Text>
                </Space>
              }
              description={
                <>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 4 }}>
                    {item.body}
                  </Typography.Paragraph>
                  <Typography.Text type="secondary">{formatShanghai(item.createdAt)}</Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </>
  );
}
