/** The inbox page; links from a notification go to the application it is about. */
export const notificationPaths = { inbox: '/notifications' } as const;

export const applicationLink = (applicationId: string) =>
  `/applications/${encodeURIComponent(applicationId)}`;
