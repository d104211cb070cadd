import { describe, expect, it } from 'vitest';
import type { OrganisationFacts } from '../application-facts.schema';
import { evaluateOne, longquanEnterprise, requirementOf } from '../test-support/requirement.factory';

const unit = (
  type: OrganisationFacts['type'],
  extra: Partial<OrganisationFacts> = {},
): OrganisationFacts => ({
  type,
  ...extra,
});

describe('consortium', () => {
  it('2+2: at least two Chinese and two foreign units', () => {
    const rule = requirementOf('consortium', { minChineseUnits: 2, minForeignUnits: 2 });
    const two = { domestic: [unit('university')], foreign: [unit('enterprise'), unit('university')] };
    expect(evaluateOne(rule, { lead: longquanEnterprise, participants: two }).outcome).toBe('pass');
    const one = { domestic: [unit('university')], foreign: [unit('enterprise')] };
    const r = evaluateOne(rule, { lead: longquanEnterprise, participants: one });
    expect(r.outcome).toBe('fail');
    expect(r.message['zh-CN']).toBe('外方单位 1 个，不符合至少 2 个的要求');
    const noForeign = { lead: longquanEnterprise, participants: { domestic: [unit('university')] } };
    expect(evaluateOne(rule, noForeign).missing).toEqual(['participants.foreign']);
    // A failing part decides even while another part is unknown.
    expect(evaluateOne(rule, { lead: longquanEnterprise, participants: { domestic: [] } }).outcome).toBe(
      'fail',
    );
  });

  it('at least 3 unaffiliated Chinese units, deciding from a range when affiliations are missing', () => {
    const rule = requirementOf('consortium', { minUnaffiliatedChineseUnits: 3 });
    const lead = { ...longquanEnterprise, affiliationGroup: null };
    const sameGroup = [
      unit('university', { affiliationGroup: 'g' }),
      unit('university', { affiliationGroup: 'g' }),
    ];
    expect(evaluateOne(rule, { lead, participants: { domestic: sameGroup } }).outcome).toBe('fail');
    const three = [
      unit('university', { affiliationGroup: 'g' }),
      unit('enterprise', { affiliationGroup: null }),
    ];
    expect(evaluateOne(rule, { lead, participants: { domestic: three } }).outcome).toBe('pass');
    const open = [unit('university', { affiliationGroup: 'g' }), unit('enterprise')];
    expect(evaluateOne(rule, { lead, participants: { domestic: open } }).missing).toEqual([
      'participants.domestic[1].affiliationGroup',
    ]);
    // Already 3 known groups: the unknown fourth cannot change the answer.
    const known = [...three, unit('enterprise')];
    expect(evaluateOne(rule, { lead, participants: { domestic: known } }).outcome).toBe('pass');
  });

  it('3–5 sub-topics, ≤ 5 Chinese units per sub-topic and ≤ 10 in all', () => {
    const rule = requirementOf('consortium', {
      minSubTopics: 3,
      maxSubTopics: 5,
      maxChineseUnitsPerSubTopic: 5,
      maxChineseUnitsTotal: 10,
    });
    const topic = (n: number) => ({ chineseUnitIds: Array.from({ length: n }, (_, i) => `u${i}`) });
    const domestic = (n: number) => Array.from({ length: n }, () => unit('university'));
    const facts = (topics: number[], units: number) => ({
      lead: longquanEnterprise,
      participants: { domestic: domestic(units) },
      application: { subTopics: topics.map(topic) },
    });
    expect(evaluateOne(rule, facts([5, 5, 5], 9)).outcome).toBe('pass');
    expect(evaluateOne(rule, facts([5, 5], 9)).message['zh-CN']).toBe('课题 2 个，不符合至少 3 个的要求');
    expect(evaluateOne(rule, facts([1, 1, 1, 1, 1, 1], 2)).outcome).toBe('fail');
    expect(evaluateOne(rule, facts([6, 1, 1], 2)).message['en-US']).toContain(
      '6 Chinese units in sub-topic #1',
    );
    expect(evaluateOne(rule, facts([1, 1, 1], 10)).message['zh-CN']).toBe(
      '中方参与单位 11 个，不符合至多 10 个的要求',
    );
    expect(evaluateOne(rule, { lead: longquanEnterprise, participants: { domestic: [] } }).missing).toEqual([
      'application.subTopics',
    ]);
  });
});

describe('foreignPartnerRegisteredYears', () => {
  const rule = requirementOf('foreignPartnerRegisteredYears', { minYears: 3 });
  it('passes at exactly 3 years and fails below', () => {
    const facts = (years: number) => ({
      participants: { foreign: [{ name: 'Oxford Lab', yearsSinceRegistration: years }] },
    });
    expect(evaluateOne(rule, facts(3)).outcome).toBe('pass');
    const r = evaluateOne(rule, facts(2));
    expect(r.outcome).toBe('fail');
    expect(r.message['zh-CN']).toBe('Oxford Lab已注册 2 年，不满 3 年');
  });
  it('counts completed years from the registration date to today', () => {
    const foreign = [{ registeredOn: '2020-03-01' }];
    expect(evaluateOne(rule, { now: '2023-03-01', participants: { foreign } }).outcome).toBe('pass');
    expect(evaluateOne(rule, { now: '2023-02-28', participants: { foreign } }).outcome).toBe('fail');
    expect(evaluateOne(rule, { participants: { foreign } }).missing).toEqual(['now']);
  });
  it('is unknown without foreign partners', () => {
    expect(evaluateOne(rule, {}).missing).toEqual(['participants.foreign']);
  });
});
