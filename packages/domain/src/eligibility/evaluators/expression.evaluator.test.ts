import { describe, expect, it } from 'vitest';
import { validateRuleExpression } from '../cel-environment';
import { loadCatalogueExpressions } from '../test-support/catalogue-files';
import { evaluateOne, longquanEnterprise, requirementOf } from '../test-support/requirement.factory';

const rule = (expression: string) =>
  requirementOf('expression', { expression }, { zh: '规则', en: 'the rule' });

describe('expression (CEL)', () => {
  it('passes and fails on the facts, quoting the rule', () => {
    const budget = rule(
      'application.requestedFundingWan <= application.horizonEuropeProject.chineseBudgetWan',
    );
    const facts = (requested: number) => ({
      application: { requestedFundingWan: requested, horizonEuropeProject: { chineseBudgetWan: 300 } },
    });
    expect(evaluateOne(budget, facts(300)).outcome).toBe('pass');
    expect(evaluateOne(budget, facts(301)).message).toEqual({
      'zh-CN': '不符合：规则',
      'en-US': 'Not met: the rule',
    });
  });

  it('is unknown with the path of a missing variable or field, macro variables included', () => {
    const leaders = rule('has(pi.name) && application.subTopics.all(t, size(t.leaders) == 1)');
    expect(evaluateOne(leaders, { application: { subTopics: [] } }).missing).toEqual(['pi']);
    const r = evaluateOne(leaders, {
      pi: { name: '张三' },
      application: { subTopics: [{ leaders: ['a'] }, {}] },
    });
    expect(r).toMatchObject({ outcome: 'unknown', missing: ['application.subTopics[].leaders'] });
    expect(
      evaluateOne(rule('application.horizonEuropeProject.callYear in [2021]'), { application: {} }).missing,
    ).toEqual(['application.horizonEuropeProject']);
  });

  it('flags a malformed rule as unknown instead of crashing', () => {
    for (const bad of ['application.subTopics.length ==', 'foreignPartner.countryCode == "GB"', '1 + 2']) {
      const r = evaluateOne(rule(bad), { application: { subTopics: [] } });
      expect(r.outcome, bad).toBe('unknown');
      expect(r.message['en-US'], bad).toContain('malformed');
    }
    expect(
      evaluateOne(rule('application.name < 3'), { application: { name: 'x' } }).message['en-US'],
    ).toContain('could not be evaluated');
  });

  it('derives chineseUnits, the lead county classes and now', () => {
    const facts = {
      lead: longquanEnterprise,
      participants: { domestic: [] },
      now: '2024-05-01T10:00:00+08:00',
    };
    expect(evaluateOne(rule("chineseUnits.exists(u, u.type == 'enterprise')"), facts).outcome).toBe('pass');
    expect(
      evaluateOne(rule("'mountainCounty' in lead.countyClasses && lead.isInProvince"), facts).outcome,
    ).toBe('pass');
    expect(evaluateOne(rule('now.getFullYear() == 2024'), facts).outcome).toBe('pass');
  });
});

describe('catalogue expressions', () => {
  const expressions = loadCatalogueExpressions();
  it('are all valid CEL over the documented variables', () => {
    expect(expressions.length).toBeGreaterThanOrEqual(8);
    for (const e of expressions)
      expect(validateRuleExpression(e.expression), `${e.callId} ${e.id}`).toBeNull();
  });

  it('keep their meaning', () => {
    const byId = (id: string) => rule(expressions.find((e) => e.id === id)?.expression ?? 'missing');
    const germany = byId('germany-2plus2-types');
    const foreign = [{ type: 'university' as const }, { type: 'enterprise' as const }];
    const base = {
      lead: longquanEnterprise,
      participants: { domestic: [{ type: 'researchInstitute' as const }], foreign },
    };
    expect(evaluateOne(germany, base).outcome).toBe('pass');
    expect(
      evaluateOne(germany, { ...base, participants: { ...base.participants, foreign: foreign.slice(0, 1) } })
        .outcome,
    ).toBe('fail');
    const countries = byId('eu-lab-countries');
    expect(
      evaluateOne(countries, { participants: { foreign: [{ countryCode: 'GB' }, { countryCode: 'BE' }] } })
        .outcome,
    ).toBe('pass');
    expect(evaluateOne(countries, { participants: { foreign: [{ countryCode: 'DE' }] } }).outcome).toBe(
      'fail',
    );
    expect(evaluateOne(countries, { participants: { foreign: [] } }).outcome).toBe('fail');
    const austria = byId('austria-chinese-enterprise');
    expect(
      evaluateOne(austria, { lead: { type: 'university' }, participants: { domestic: [] } }).outcome,
    ).toBe('fail');
    expect(evaluateOne(byId('no-indirect-costs'), { application: { indirectCostsWan: 0 } }).outcome).toBe(
      'pass',
    );
    expect(
      evaluateOne(byId('eu-general-horizon-years'), {
        application: { horizonEuropeProject: { callYear: 2024 } },
      }).outcome,
    ).toBe('fail');
    const subTopics = byId('no-sub-topics');
    expect(evaluateOne(subTopics, { application: { subTopics: [{}] } }).missing).toEqual(['direction']);
  });
});
