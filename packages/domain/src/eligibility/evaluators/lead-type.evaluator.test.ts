import { describe, expect, it } from 'vitest';
import { evaluateOne, longquanEnterprise, requirementOf } from '../test-support/requirement.factory';

const centralFund = requirementOf('leadType', {
  allowed: ['university', 'researchInstitute', 'newRdInstitution', 'enterprise'],
  inProvince: '浙江省',
  independentLegalPerson: true,
  excludeGovernment: true,
});

describe('leadType', () => {
  it('passes a Zhejiang enterprise that is an independent legal person', () => {
    const r = evaluateOne(centralFund, { lead: longquanEnterprise });
    expect(r.outcome).toBe('pass');
    expect(r.message['en-US']).toContain('registered in Zhejiang');
  });

  it('fails a type that is not allowed, naming both', () => {
    const rule = requirementOf('leadType', { allowed: ['researchInstitute', 'university'] });
    const r = evaluateOne(rule, { lead: longquanEnterprise });
    expect(r.outcome).toBe('fail');
    expect(r.message['zh-CN']).toBe('牵头单位为企业，不在允许的申报主体（科研院所、高等学校）之内');
  });

  it('reads the province from the region code, and fails a lead outside it', () => {
    const beijing = { ...longquanEnterprise, regionCode: '110105' };
    expect(evaluateOne(centralFund, { lead: beijing }).message['zh-CN']).toBe('牵头单位不在浙江省');
    const noCode = { type: 'enterprise' as const, isIndependentLegalPerson: true, isGovernmentBody: false };
    expect(evaluateOne(centralFund, { lead: { ...noCode, isInProvince: true } }).outcome).toBe('pass');
    expect(evaluateOne(centralFund, { lead: noCode }).missing).toEqual(['lead.regionCode']);
  });

  it('fails a body without legal personality and any government body', () => {
    const branch = { ...longquanEnterprise, isIndependentLegalPerson: false };
    expect(evaluateOne(centralFund, { lead: branch }).message['zh-CN']).toBe('牵头单位不具有独立法人资格');
    const bureau = { ...longquanEnterprise, isGovernmentBody: true };
    expect(evaluateOne(centralFund, { lead: bureau }).message['en-US']).toBe(
      'A government body may not apply',
    );
  });

  it('needs a carrier host where the rule says so', () => {
    const rule = requirementOf('leadType', { allowed: ['enterprise'], mustBeCarrierHost: true });
    expect(evaluateOne(rule, { lead: longquanEnterprise }).outcome).toBe('fail');
    const host = { ...longquanEnterprise, carrier: { name: '中芬联合实验室' } };
    expect(evaluateOne(rule, { lead: host }).outcome).toBe('pass');
    const unknownCarrier = { ...longquanEnterprise, carrier: undefined };
    expect(evaluateOne(rule, { lead: unknownCarrier }).missing).toEqual(['lead.carrier']);
  });

  it('is unknown without the lead, listing what is missing', () => {
    const r = evaluateOne(centralFund, {});
    expect(r.outcome).toBe('unknown');
    expect(r.missing).toEqual([
      'lead.type',
      'lead.regionCode',
      'lead.isIndependentLegalPerson',
      'lead.isGovernmentBody',
    ]);
  });
});
