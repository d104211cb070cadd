import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/api-error';
import type { QuotaCounter } from '../api/recommendation-types';
import {
  counterKind,
  counterPercent,
  exceededQuotas,
  hasIncentiveQuota,
  isCounterFull,
} from './quota-display';

const counter = (over: Partial<QuotaCounter> = {}): QuotaCounter => ({
  quotaIndex: 0,
  scope: 'recommender',
  holder: '丽水市',
  limit: 2,
  moneyCapWan: null,
  used: 0,
  usedWan: 0,
  left: 2,
  excludedFromQuota: false,
  quote: '丽水10项',
  ...over,
});

describe('quota display', () => {
  it('tells excluded, incentive, limited and unstated quotas apart', () => {
    expect(counterKind(counter())).toBe('limited');
    expect(counterKind(counter({ limit: null, left: null }))).toBe('unlimited');
    expect(counterKind(counter({ excludedFromQuota: true, limit: null, left: null }))).toBe('excluded');
    expect(counterKind(counter({ scope: 'incentiveCity', moneyCapWan: 300 }))).toBe('incentive');
  });

  it('is full when the count is used up or the money cap reached, never for excluded categories', () => {
    expect(isCounterFull(counter({ used: 1, left: 1 }))).toBe(false);
    expect(isCounterFull(counter({ used: 2, left: 0 }))).toBe(true);
    expect(
      isCounterFull(counter({ scope: 'incentiveCity', limit: 3, left: 2, moneyCapWan: 60, usedWan: 60 })),
    ).toBe(true);
    expect(isCounterFull(counter({ excludedFromQuota: true, limit: null, left: null, used: 9 }))).toBe(false);
  });

  it('fills the bar by count or by money, whichever is closer to its cap', () => {
    expect(counterPercent(counter({ used: 1, left: 1 }))).toBe(50);
    expect(counterPercent(counter({ limit: 4, used: 1, moneyCapWan: 100, usedWan: 90 }))).toBe(90);
    expect(counterPercent(counter({ limit: 0, left: 0 }))).toBe(100);
  });

  it('offers the incentive option only with an incentive allotment', () => {
    expect(hasIncentiveQuota([counter()])).toBe(false);
    expect(hasIncentiveQuota([counter(), counter({ quotaIndex: 1, scope: 'incentiveCounty' })])).toBe(true);
  });

  it("reads the quotas out of the server's quota_exhausted answer, and nothing out of other errors", () => {
    const exceeded = { ...counter({ used: 2, left: 0 }), wouldUse: 3, wouldUseWan: 90 };
    const error = new ApiError(409, 'quota_exhausted', '推荐限额已用完：丽水市限额 2 项。', {
      counters: [exceeded],
    });
    expect(exceededQuotas(error)).toEqual([exceeded]);
    expect(exceededQuotas(new ApiError(409, 'recommendation_closed', '已截止'))).toEqual([]);
    expect(exceededQuotas(new ApiError(409, 'quota_exhausted', 'x', { counters: 'nope' }))).toEqual([]);
    expect(exceededQuotas(new Error('plain'))).toEqual([]);
  });
});
