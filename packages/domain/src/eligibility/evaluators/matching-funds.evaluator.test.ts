import { describe, expect, it } from 'vitest';
import { evaluateOne, longquanEnterprise, requirementOf } from '../test-support/requirement.factory';

const rule = requirementOf('matchingFundsMin', { minMultipleOfPublic: 1 });

describe('matchingFundsMin', () => {
  it('uses the application totals when the enterprise lead is the only Chinese unit', () => {
    const facts = (matching: number) => ({
      lead: longquanEnterprise,
      participants: { domestic: [] },
      application: { requestedFundingWan: 100, matchingFundsWan: matching },
    });
    expect(evaluateOne(rule, facts(100)).outcome).toBe('pass');
    const r = evaluateOne(rule, facts(99));
    expect(r.outcome).toBe('fail');
    expect(r.message['zh-CN']).toContain('配套出资 99 万元低于其获得的政府资助 100 万元');
  });
  it('checks every Chinese enterprise with its own figures', () => {
    const r = evaluateOne(rule, {
      lead: { type: 'university', name: '浙江大学' },
      participants: {
        domestic: [
          { name: 'A 公司', type: 'enterprise', publicFundingWan: 50, matchingFundsWan: 50 },
          { name: 'B 公司', type: 'enterprise', publicFundingWan: 50, matchingFundsWan: 20 },
        ],
      },
    });
    expect(r.outcome).toBe('fail');
    expect(r.message['zh-CN']).toContain('B 公司');
    expect(r.message['zh-CN']).not.toContain('A 公司');
  });
  it('does not apply without a Chinese enterprise', () => {
    expect(
      evaluateOne(rule, {
        lead: { type: 'university' },
        participants: { domestic: [{ type: 'researchInstitute' }] },
      }).outcome,
    ).toBe('pass');
  });
  it('is unknown while participants or per-unit figures are missing', () => {
    expect(evaluateOne(rule, { lead: longquanEnterprise }).missing).toEqual(['participants.domestic']);
    const r = evaluateOne(rule, {
      lead: { type: 'university' },
      participants: { domestic: [{ type: 'enterprise', publicFundingWan: 10 }, {}] },
    });
    expect(r.outcome).toBe('unknown');
    expect(r.missing).toEqual(['participants.domestic[0].matchingFundsWan', 'participants.domestic[1].type']);
  });
});
