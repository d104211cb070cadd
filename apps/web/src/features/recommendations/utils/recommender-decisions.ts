import type { Decision } from '../api/recommendation-types';

const order: Decision[] = ['recommend', 'recommenderReturn', 'recommenderReject'];

/**
 * The recommender's decisions among the transitions the server says this person may fire now (`actions` of the
 * application view, from the lifecycle table and the recommend policy), in the order the drawer shows them.
 */
export const decisionsFor = (actions: readonly string[]): Decision[] =>
  order.filter((d) => actions.includes(d));
