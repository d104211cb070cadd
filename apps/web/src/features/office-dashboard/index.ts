/**
 * The programme office's overview (申报情况总览): counts by state, city, recommender, country and field, requested
 * against planned funding per direction, the list of recommended applications, and their Excel exports. The app
 * routes the page lazily: pages/office-dashboard-page.
 */
export { officeDashboardPath } from './utils/office-dashboard-paths';
