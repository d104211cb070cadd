import type { notificationsZhCN } from './notifications.zh-CN';

/** English texts of the inbox and the header bell; the type keeps the keys identical to the Chinese ones. */
export const notificationsEnUS: typeof notificationsZhCN = {
  nav: 'Notifications',
  title: 'Notifications',
  bell: 'Notifications',
  bellUnread: '{{count}} unread notifications',
  intro: 'Changes to your applications and deadline reminders appear here and are also sent to your e-mail.',
  empty: 'No notifications',
  unreadOnly: '{{count}} unread',
  markRead: 'Mark read',
  markAllRead: 'Mark all read',
  openApplication: 'Open the application',
  unread: 'Unread',
  total: '{{count}} in all',
};
