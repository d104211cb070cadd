/**
 * Formal review (形式审查) by the programme office: the list with bulk actions and the review page (automatic
 * checks, checklist, decision); the app routes the pages lazily: pages/formal-review-list-page,
 * pages/formal-review-page. The applicant's application page shows `CorrectionNotice`.
 */

export { useFormalReviewOutcome } from './api/formal-review.api';
export { CorrectionNotice } from './components/correction-notice';
export { formalReviewPaths } from './utils/formal-review-paths';
