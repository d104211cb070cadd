import { applicationTransitions, type TransitionDefinition } from '@yanzhen/domain';
import { describe, expect, it } from 'vitest';
import { decisionsFor } from './recommender-decisions';

describe('recommender decisions', () => {
  it('cover every recommender transition of the lifecycle table', () => {
    const fromTable = Object.entries(applicationTransitions as Record<string, TransitionDefinition>)
      .filter(([, def]) => def.by.includes('recommender'))
      .map(([name]) => name);
    expect(decisionsFor(fromTable).sort()).toEqual([...fromTable].sort());
  });

  it("keep the drawer's order and leave out the applicant's and the office's transitions", () => {
    expect(decisionsFor(['recommenderReject', 'withdraw', 'recommend', 'recommenderReturn'])).toEqual([
      'recommend',
      'recommenderReturn',
      'recommenderReject',
    ]);
    expect(decisionsFor(['startFormalReview'])).toEqual([]);
    expect(decisionsFor([])).toEqual([]);
  });
});
