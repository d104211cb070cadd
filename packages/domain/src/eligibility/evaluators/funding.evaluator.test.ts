import { describe, expect, it } from 'vitest';
import { evaluateOne, longquanEnterprise, requirementOf } from '../test-support/requirement.factory';

describe('fundingCap', () => {
  const cap = requirementOf('fundingCap', { maxWan: 150 });
  it('passes at exactly the cap and fails above it', () => {
    expect(evaluateOne(cap, { application: { requestedFundingWan: 150 } }).outcome).toBe('pass');
    const over = evaluateOne(cap, { application: { requestedFundingWan: 150.01 } });
    expect(over.outcome).toBe('fail');
    expect(over.message['zh-CN']).toBe('申请财政补助 150.01 万元超过上限 150 万元');
    expect(over.message['en-US']).toBe('Requested funding 150.01 wan exceeds the cap of 150 wan');
  });
  it('is unknown without the requested funding', () => {
    const r = evaluateOne(cap, {});
    expect(r).toMatchObject({ outcome: 'unknown', missing: ['application.requestedFundingWan'] });
    expect(r.message['zh-CN']).toContain('申请财政补助经费');
  });
});

describe('fundingRange', () => {
  const range = requirementOf('fundingRange', { minWan: 40, maxWan: 60 }, { severity: 'warning' });
  it('includes both ends', () => {
    expect(evaluateOne(range, { application: { requestedFundingWan: 40 } }).outcome).toBe('pass');
    expect(evaluateOne(range, { application: { requestedFundingWan: 60 } }).outcome).toBe('pass');
  });
  it('fails below and above, keeping the severity', () => {
    const low = evaluateOne(range, { application: { requestedFundingWan: 39 } });
    expect(low).toMatchObject({ outcome: 'fail', severity: 'warning' });
    expect(low.message['zh-CN']).toContain('低于 40–60 万元');
    expect(evaluateOne(range, { application: { requestedFundingWan: 61 } }).message['en-US']).toContain(
      'above',
    );
  });
  it('is unknown without the figure', () => {
    expect(evaluateOne(range, { application: {} }).outcome).toBe('unknown');
  });
});

describe('fundingShareOfRdInvestment', () => {
  const rule = requirementOf('fundingShareOfRdInvestment', {
    maxShare: 0.2,
    appliesToLeadTypes: ['enterprise'],
  });
  const facts = (requested: number, rd: number) => ({
    lead: longquanEnterprise,
    application: { requestedFundingWan: requested, enterpriseRdInvestmentWan: rd },
  });

  it('fails above 20% and says so with the numbers', () => {
    const r = evaluateOne(rule, facts(40, 150));
    expect(r.outcome).toBe('fail');
    expect(r.message['zh-CN']).toBe('申请财政补助 40 万元超过企业实际研发投入 150 万元的 20%（30 万元）');
    expect(r.message['en-US']).toBe(
      "Requested funding 40 wan exceeds 20% of the enterprise's actual R&D investment of 150 wan (30 wan)",
    );
  });
  it('passes at exactly 20%, also where binary floating point falls short (0.2 × 34.3 < 6.86)', () => {
    expect(evaluateOne(rule, facts(30, 150)).outcome).toBe('pass');
    expect(evaluateOne(rule, facts(6.86, 34.3)).outcome).toBe('pass');
    expect(evaluateOne(rule, facts(30.01, 150)).outcome).toBe('fail');
  });
  it('does not apply to a university lead', () => {
    const r = evaluateOne(rule, { lead: { type: 'university' }, application: { requestedFundingWan: 100 } });
    expect(r.outcome).toBe('pass');
    expect(r.message['zh-CN']).toContain('不适用');
  });
  it('is unknown without the lead type or the R&D investment', () => {
    expect(evaluateOne(rule, { application: { requestedFundingWan: 10 } }).missing).toEqual(['lead.type']);
    expect(
      evaluateOne(rule, { lead: longquanEnterprise, application: { requestedFundingWan: 10 } }).missing,
    ).toEqual(['application.enterpriseRdInvestmentWan']);
  });
});

describe('aidTransferShare', () => {
  const rule = requirementOf('aidTransferShare', { maxShareOfPublic: 0.5 });
  it('passes at exactly 50% and fails above', () => {
    expect(evaluateOne(rule, { application: { requestedFundingWan: 60, aidTransferWan: 30 } }).outcome).toBe(
      'pass',
    );
    const r = evaluateOne(rule, { application: { requestedFundingWan: 60, aidTransferWan: 31 } });
    expect(r.outcome).toBe('fail');
    expect(r.message['zh-CN']).toBe('拨付帮扶地合作方 31 万元超过财政补助 60 万元的 50%（30 万元）');
  });
  it('is unknown without the transfer', () => {
    expect(evaluateOne(rule, { application: { requestedFundingWan: 60 } }).missing).toEqual([
      'application.aidTransferWan',
    ]);
  });
});
