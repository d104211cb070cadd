/**
 * Recommendation by the recommending body (设区市科技局): the workspace with live quota counters and the review
 * drawer, and the batch page (summary table, letter, stamped scan, send). The app routes the pages lazily:
 * pages/recommendations-page, pages/recommendation-batch-page.
 */
export { recommendationPaths } from './utils/recommendation-paths';
