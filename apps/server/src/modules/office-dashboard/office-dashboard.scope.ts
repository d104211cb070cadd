import { type ApplicationState, applicationStates, statesVisibleTo } from '@yanzhen/domain';

/**
 * Which applications each figure of the programme office's overview counts.
 *
 * - counts by state: every application, drafts included (the pipeline as it stands);
 * - every other breakdown (city, recommender, country, field, call, category): applications that have been
 *   submitted and not withdrawn — a draft or a withdrawn application is not a demand on the programme;
 * - public funding requested: applications still in the running (submitted, not withdrawn, not declined by
 *   the recommender, not rejected in formal review);
 * - the office's application list: what the office may open, i.e. recommended and beyond (the same states as
 *   the application read policy in the domain package).
 */
export const submittedStates: readonly ApplicationState[] = applicationStates.filter(
  (s) => s !== 'draft' && s !== 'withdrawn',
);
export const fundingStates: readonly ApplicationState[] = submittedStates.filter(
  (s) => s !== 'recommenderRejected' && s !== 'rejected',
);
export const officeListStates = statesVisibleTo('programmeOfficer');
export type OfficeListState = (typeof officeListStates)[number];
