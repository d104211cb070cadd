import { applicationTransitions, type TransitionDefinition } from '@yanzhen/domain';
import { describe, expect, it } from 'vitest';
import { decisionsFor, recommenderDecisionsFrom } from './recommender-decisions';

describe('recommender decisions', () => {
  it("mirror the lifecycle table's recommender transitions exactly", () => {
    const fromTable = Object.fromEntries(
      Object.entries(applicationTransitions as Record<string, TransitionDefinition>)
        .filter(([, def]) => def.by.includes('recommender'))
        .map(([name, def]) => [name, def.from]),
    );
    expect(recommenderDecisionsFrom).toEqual(fromTable);
  });

  it('offers all three decisions while the application waits, none afterwards', () => {
    expect(decisionsFor('orgApproved')).toEqual(['recommend', 'recommenderReturn', 'recommenderReject']);
    expect(decisionsFor('recommended')).toEqual([]);
    expect(decisionsFor('recommenderRejected')).toEqual([]);
  });
});
