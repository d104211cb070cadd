import { describe, expect, it } from 'vitest';
import type { Call } from '../catalogue/catalogue.schema';
import { evaluateQuotas, type QuotaCandidate, recommenderCounters } from './quota';

const q = (over: Partial<Call['quotas'][number]>): Call['quotas'][number] => ({
  scope: 'recommender',
  holder: '丽水市',
  limit: 2,
  appliesTo: [],
  combined: false,
  excludedFromQuota: false,
  quote: 'q',
  location: 'l',
  ...over,
});
const quotas = [
  q({}),
  q({ scope: 'recommender', holder: '杭州市', limit: 15 }),
  q({ scope: 'university', holder: '每所省属本科高校', limit: 1 }),
  q({ scope: 'incentiveCity', holder: '丽水市', limit: 1, moneyCapWan: 100, excludedFromQuota: true }),
];
const lishui = { organisationId: 'lishui', holderNames: ['丽水市', '丽水市科学技术局'] };
let n = 0;
const cand = (over: Partial<QuotaCandidate> = {}): QuotaCandidate => ({
  applicationId: `a${n++}`,
  nodeCodes: ['1', '1.1'],
  leadOrganisationId: `org${n}`,
  leadOrganisationType: 'enterprise',
  carrierName: null,
  recommenderOrganisationId: 'lishui',
  publicFundingWan: 50,
  incentive: false,
  ...over,
});

describe('evaluateQuotas', () => {
  it("counts a city's recommendations against its own quota only", () => {
    const done = [cand(), cand({ recommenderOrganisationId: 'hangzhou' })];
    const [counter] = evaluateQuotas(quotas, cand(), lishui, done);
    expect(counter).toMatchObject({ holder: '丽水市', limit: 2, used: 1, wouldUse: 2, exceeded: false });
    const full = evaluateQuotas(quotas, cand(), lishui, [...done, cand()]);
    expect(full[0]).toMatchObject({ used: 2, wouldUse: 3, exceeded: true });
  });

  it('binds each university separately, whoever recommends it', () => {
    const uni = cand({ leadOrganisationType: 'university', leadOrganisationId: 'zju' });
    const counters = evaluateQuotas(quotas, uni, lishui, [
      cand({
        leadOrganisationType: 'university',
        leadOrganisationId: 'zju',
        recommenderOrganisationId: 'edu',
      }),
    ]);
    expect(counters.find((c) => c.scope === 'university')).toMatchObject({ used: 1, exceeded: true });
    const otherUni = evaluateQuotas(
      quotas,
      cand({ leadOrganisationType: 'university', leadOrganisationId: 'zjut' }),
      lishui,
      [],
    );
    expect(otherUni.find((c) => c.scope === 'university')).toMatchObject({ used: 0, exceeded: false });
  });

  it('keeps incentive recommendations out of the ordinary quota, within their own count and money caps', () => {
    const done = [cand(), cand()];
    const inc = evaluateQuotas(quotas, cand({ incentive: true, publicFundingWan: 80 }), lishui, done);
    expect(inc).toEqual([
      expect.objectContaining({ scope: 'incentiveCity', used: 0, wouldUseWan: 80, exceeded: false }),
    ]);
    const tooMuch = evaluateQuotas(quotas, cand({ incentive: true, publicFundingWan: 120 }), lishui, done);
    expect(tooMuch[0]).toMatchObject({ exceeded: true });
    const second = evaluateQuotas(quotas, cand({ incentive: true, publicFundingWan: 10 }), lishui, [
      cand({ incentive: true, publicFundingWan: 10 }),
    ]);
    expect(second[0]).toMatchObject({ used: 1, exceeded: true });
  });

  it('limits quotas to the nodes they name, combined across them', () => {
    const combined = [q({ holder: '丽水市', limit: 1, appliesTo: ['2.1', '2.2'], combined: true })];
    expect(evaluateQuotas(combined, cand({ nodeCodes: ['1', '1.1'] }), lishui, [])).toEqual([]);
    const c = evaluateQuotas(combined, cand({ nodeCodes: ['2', '2.2'] }), lishui, [
      cand({ nodeCodes: ['2', '2.1'] }),
    ]);
    expect(c[0]).toMatchObject({ used: 1, exceeded: true });
  });

  it('ignores quotas with no stated number and lists the counters a recommender holds', () => {
    expect(evaluateQuotas([q({ limit: null })], cand(), lishui, [])).toEqual([]);
    const counters = recommenderCounters(quotas, lishui, [
      cand(),
      cand({ incentive: true }),
      cand({ recommenderOrganisationId: 'x' }),
    ]);
    expect(counters.map((c) => [c.holder, c.scope, c.used, c.left])).toEqual([
      ['丽水市', 'recommender', 1, 1],
      ['丽水市', 'incentiveCity', 1, 0],
    ]);
  });
});
