import type { ApplicationStateCode, Decision } from '../api/recommendation-types';

/**
 * The recommender's transitions of the lifecycle table and the states they leave from. The application view
 * lists `actions` only for the applicant's own organisation, so the drawer reads them from here; the unit test
 * holds this copy to the domain's table, and the server checks every decision again.
 */
export const recommenderDecisionsFrom: Record<Decision, readonly ApplicationStateCode[]> = {
  recommend: ['orgApproved'],
  recommenderReturn: ['orgApproved'],
  recommenderReject: ['orgApproved'],
};

const order: Decision[] = ['recommend', 'recommenderReturn', 'recommenderReject'];

/** What the recommender may decide on an application in this state. */
export const decisionsFor = (state: ApplicationStateCode): Decision[] =>
  order.filter((d) => recommenderDecisionsFrom[d].includes(state));
