import { isApiError } from '../../../shared/api/api-error';
import type { CallQuota, ExceededQuota, QuotaCounter } from '../api/recommendation-types';

export type CounterKind = 'excluded' | 'incentive' | 'limited' | 'unlimited';

export const isIncentiveScope = (scope: string) => scope === 'incentiveCity' || scope === 'incentiveCounty';

/** How a counter reads: 不纳入推荐限额, an incentive allotment, an ordinary limit, or no number stated. */
export function counterKind(counter: QuotaCounter): CounterKind {
  if (counter.excludedFromQuota) return 'excluded';
  if (isIncentiveScope(counter.scope)) return 'incentive';
  return counter.limit === null ? 'unlimited' : 'limited';
}

/** Whether nothing more fits: the count reached, or the money cap reached. */
export function isCounterFull(counter: QuotaCounter): boolean {
  if (counter.excludedFromQuota) return false;
  if (counter.left === 0) return true;
  return counter.moneyCapWan !== null && counter.usedWan >= counter.moneyCapWan - 1e-9;
}

/** Filled share of the counter, 0–100 (by count, or by money when that is closer to the cap). */
export function counterPercent(counter: QuotaCounter): number {
  const shares = [
    counter.limit ? counter.used / counter.limit : 0,
    counter.moneyCapWan ? counter.usedWan / counter.moneyCapWan : 0,
  ];
  if (counter.limit === 0) shares.push(1);
  return Math.min(100, Math.round(Math.max(...shares) * 100));
}

/** The quota table's entry behind a counter: its direction codes and whether they are counted together. */
export const quotaOf = (quotas: readonly CallQuota[] | undefined, counter: QuotaCounter) =>
  quotas?.[counter.quotaIndex];

/** Whether the recommender may recommend on an incentive allotment in this call. */
export const hasIncentiveQuota = (counters: readonly QuotaCounter[]) =>
  counters.some((c) => isIncentiveScope(c.scope));

/** The quotas a refused recommendation would have passed, from the server's 409 quota_exhausted. */
export function exceededQuotas(error: unknown): ExceededQuota[] {
  if (!isApiError(error) || error.code !== 'quota_exhausted') return [];
  const counters = (error.details as { counters?: unknown } | undefined)?.counters;
  if (!Array.isArray(counters)) return [];
  return counters.filter(
    (c): c is ExceededQuota =>
      typeof c === 'object' && c !== null && typeof (c as ExceededQuota).holder === 'string',
  );
}
