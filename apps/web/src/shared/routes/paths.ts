/** Paths of the app's pages, so that links and the router agree. */
export const paths = {
  home: '/',
  login: '/login',
  signup: '/signup',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  profile: '/profile',
  members: '/organisation/members',
  verification: '/verification',
  adminUsers: '/admin/users',
  adminAudit: '/admin/audit',
  devOutbox: '/dev/outbox',
} as const;
