import { describe, expect, it } from 'vitest';
import { evaluateOne, requirementOf } from '../test-support/requirement.factory';

describe('bilateralSubmission', () => {
  it('passes a unilateral call', () => {
    expect(evaluateOne(requirementOf('bilateralSubmission', { bilateral: false }), {}).outcome).toBe('pass');
  });
  it('needs the foreign reference where the rule requires it', () => {
    const rule = requirementOf('bilateralSubmission', { bilateral: true, foreignReferenceRequired: true });
    expect(evaluateOne(rule, { application: { foreignReference: '101112233' } }).outcome).toBe('pass');
    const r = evaluateOne(rule, { application: { foreignReference: ' ' } });
    expect(r).toMatchObject({ outcome: 'unknown', missing: ['application.foreignReference'] });
  });
  it('otherwise reminds (manual) until the reference is given', () => {
    const rule = requirementOf('bilateralSubmission', { bilateral: true });
    const r = evaluateOne(rule, { application: {} });
    expect(r.outcome).toBe('manual');
    expect(r.message['zh-CN']).toContain('单方申报无效');
    expect(evaluateOne(rule, { application: { foreignReference: 'BF-1' } }).outcome).toBe('pass');
  });
});

describe('singleRecommender', () => {
  const rule = requirementOf('singleRecommender', {});
  it('passes one recommender and fails two', () => {
    expect(evaluateOne(rule, { application: { recommenders: ['杭州市科技局'] } }).outcome).toBe('pass');
    const r = evaluateOne(rule, { application: { recommenders: ['杭州市科技局', '丽水市科技局'] } });
    expect(r.outcome).toBe('fail');
    expect(r.message['zh-CN']).toContain('2 个推荐单位');
  });
  it('is unknown before a recommender is chosen', () => {
    expect(evaluateOne(rule, { application: { recommenders: [] } }).missing).toEqual([
      'application.recommenders',
    ]);
  });
});
