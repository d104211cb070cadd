import { describe, expect, it } from 'vitest';
import type { ApplicationFacts } from '../application-facts.schema';
import { evaluateOne, longquanEnterprise, requirementOf } from '../test-support/requirement.factory';
import type { ParamsOf } from './evaluator';
import { rankSelfFundingRules } from './self-funding.evaluator';

/** The rules of the 2024 central guidance fund notice (catalogue 004), in the file's order. */
const rules: ParamsOf<'selfFundingRatio'>['rules'] = [
  { leadTypes: ['enterprise'], minShareOfTotal: 0.8 },
  {
    leadTypes: ['university', 'researchInstitute', 'newRdInstitution'],
    requiresEnterprisePartner: true,
    minMultipleOfPublic: 1,
  },
  { leadTypes: ['enterprise'], sectors: ['agriculture'], minShareOfTotal: 0.6 },
  {
    leadTypes: ['enterprise'],
    countyClasses: ['mountainCounty', 'islandCounty'],
    minShareOfTotal: 0.6,
  },
  { countyClasses: ['mountainCounty', 'islandCounty'], minShareOfTotal: 0.6 },
];
const rule = requirementOf('selfFundingRatio', { rules });
const hangzhouEnterprise = { ...longquanEnterprise, regionCode: '330106' };
const money = (requested: number, self: number): ApplicationFacts['application'] => ({
  requestedFundingWan: requested,
  selfFundingWan: self,
});

describe('selfFundingRatio', () => {
  it('asks an enterprise for 80% of the total: exactly 80% passes', () => {
    expect(evaluateOne(rule, { lead: hangzhouEnterprise, application: money(100, 400) }).outcome).toBe(
      'pass',
    );
    expect(evaluateOne(rule, { lead: hangzhouEnterprise, application: money(10.1, 40.4) }).outcome).toBe(
      'pass',
    );
    const r = evaluateOne(rule, { lead: hangzhouEnterprise, application: money(100, 399) });
    expect(r.outcome).toBe('fail');
    expect(r.message['zh-CN']).toContain(
      '自筹经费 399 万元占总经费 499 万元的 79.96%，低于企业牵头须达到的 80%',
    );
  });

  it('gives an enterprise in a mountain county (龙泉市) 60%: exactly 60% passes', () => {
    expect(evaluateOne(rule, { lead: longquanEnterprise, application: money(100, 150) }).outcome).toBe(
      'pass',
    );
    const r = evaluateOne(rule, { lead: longquanEnterprise, application: money(100, 149) });
    expect(r.outcome).toBe('fail');
    expect(r.message['zh-CN']).toContain('60%');
  });

  it('gives an agricultural enterprise 60%', () => {
    const lead = { ...hangzhouEnterprise, isAgricultural: true };
    expect(evaluateOne(rule, { lead, application: money(100, 150) }).outcome).toBe('pass');
  });

  it('keeps "at least the provincial funding" for an institute with an enterprise in a mountain county', () => {
    const lead = { type: 'researchInstitute' as const, regionCode: '331181' };
    const facts = (self: number) => ({
      lead,
      participants: { domestic: [{ type: 'enterprise' as const }] },
      application: money(100, self),
    });
    // 100 of 200 is 50%: below the county 60% rule, but the more specific rule (2 conditions) wins.
    expect(evaluateOne(rule, facts(100)).outcome).toBe('pass');
    expect(evaluateOne(rule, facts(99)).message['en-US']).toContain('less than 100 wan');
  });

  it('applies the county 60% to a unit without an enterprise partner, and nothing outside', () => {
    const university = { type: 'university' as const, regionCode: '331181' };
    const none = { domestic: [] };
    expect(
      evaluateOne(rule, { lead: university, participants: none, application: money(100, 140) }).outcome,
    ).toBe('fail');
    const hangzhou = { type: 'university' as const, regionCode: '330106' };
    const r = evaluateOne(rule, { lead: hangzhou, participants: none, application: money(100, 0) });
    expect(r.outcome).toBe('pass');
    expect(r.message['en-US']).toContain('No self-funding rule applies');
  });

  it('is unknown while a more specific rule might still apply', () => {
    const lead = { ...hangzhouEnterprise, isAgricultural: undefined };
    expect(evaluateOne(rule, { lead, application: money(100, 400) }).missing).toEqual([
      'lead.isAgricultural',
    ]);
    expect(evaluateOne(rule, { application: money(100, 400) }).outcome).toBe('unknown');
    expect(evaluateOne(rule, { lead: hangzhouEnterprise, application: {} }).missing).toEqual([
      'application.selfFundingWan',
      'application.requestedFundingWan',
    ]);
  });

  it('ranks rules by the number of conditions, later rules first on a tie', () => {
    const ranked = rankSelfFundingRules(rules);
    expect(ranked.map((r) => rules.indexOf(r))).toEqual([3, 2, 1, 4, 0]);
  });
});
