/** Chinese texts of the inbox and the header bell. */
export const notificationsZhCN = {
  nav: '消息中心',
  title: '消息中心',
  bell: '消息',
  bellUnread: '{{count}} 条未读消息',
  intro: '申报书状态变化和截止提醒都在这里，同时发送到您的邮箱。',
  empty: '暂无消息',
  unreadOnly: '{{count}} 条未读',
  markRead: '标为已读',
  markAllRead: '全部标为已读',
  openApplication: '查看申报书',
  unread: '未读',
  total: '共 {{count}} 条',
};
