/**
 * The inbox: the header bell with the unread count, and the inbox page (routed lazily from
 * pages/notifications-page). Messages arrive written in the reader's language by the server.
 */
export { NotificationBell } from './components/notification-bell';
export { notificationPaths } from './utils/notification-paths';
