import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUnreadCount } from '../api/notifications.api';
import { notificationPaths } from '../utils/notification-paths';

/** The header bell: the unread count (asked for every minute) and the way to the inbox. */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount().data ?? 0;
  const label = unread ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');
  return (
    <Tooltip title={label}>
      <Link to={notificationPaths.inbox} aria-label={label} data-testid="notification-bell">
        <Badge count={unread} size="small" overflowCount={99}>
          <Button type="text" shape="circle" icon={<BellOutlined />} tabIndex={-1} />
        </Badge>
      </Link>
    </Tooltip>
  );
}
