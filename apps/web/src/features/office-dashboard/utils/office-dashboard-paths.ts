/** Where the programme office's overview lives in the app. */
export const officeDashboardPath = '/office/dashboard';
