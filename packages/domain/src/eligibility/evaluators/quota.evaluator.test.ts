import { describe, expect, it } from 'vitest';
import { evaluateOne, longquanEnterprise, requirementOf } from '../test-support/requirement.factory';

describe('quota', () => {
  it('leaves recommender quotas to the recommender (manual)', () => {
    const rule = requirementOf('quota', { scope: 'recommender', limit: 3, holder: '杭州市' });
    const r = evaluateOne(rule, { lead: longquanEnterprise });
    expect(r.outcome).toBe('manual');
    expect(r.message['en-US']).toContain('enforced by the recommender');
  });
  it('counts one application per carrier from the facts', () => {
    const rule = requirementOf('quota', { scope: 'carrier', limit: 1 });
    const lead = (others?: number) => ({
      ...longquanEnterprise,
      carrier: { name: '中芬联合实验室', otherApplicationsThisCall: others },
    });
    expect(evaluateOne(rule, { lead: lead(0) }).outcome).toBe('pass');
    const r = evaluateOne(rule, { lead: lead(1) });
    expect(r.outcome).toBe('fail');
    expect(r.message['zh-CN']).toBe('载体中芬联合实验室本批次已申报 1 项，限报 1 项');
    expect(evaluateOne(rule, { lead: lead() }).missing).toEqual(['lead.carrier.otherApplicationsThisCall']);
    expect(evaluateOne(rule, { lead: longquanEnterprise }).outcome).toBe('pass');
  });
});

describe('manual', () => {
  it('is listed with its clause for a person to check', () => {
    const rule = requirementOf(
      'manual',
      { text: '不得重复申报' },
      { severity: 'manual', en: 'No duplicate submissions' },
    );
    const r = evaluateOne(rule, {});
    expect(r).toMatchObject({ outcome: 'manual', quote: '条款 manual', location: '测试' });
    expect(r.message).toEqual({
      'zh-CN': '需人工核查：不得重复申报',
      'en-US': 'Checked by a person: No duplicate submissions',
    });
  });
  it('turns any requirement of severity manual into a manual outcome', () => {
    const rule = requirementOf('fundingCap', { maxWan: 10 }, { severity: 'manual' });
    expect(evaluateOne(rule, { application: { requestedFundingWan: 50 } }).outcome).toBe('manual');
  });
});
