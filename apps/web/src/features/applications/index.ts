/**
 * Applications: my organisation's list, the editor with autosave and the live eligibility check, submission with
 * its receipt, the record, and the organisation admin's queue. The app routes the pages lazily:
 * pages/applications-page, pages/application-page, pages/organisation-applications-page.
 */
export { applicationPath } from './utils/application-links';
