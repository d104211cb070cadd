import { describe, expect, it } from 'vitest';
import { requirementKinds } from '../catalogue/requirement.schema';
import type { ApplicationFacts } from './application-facts.schema';
import { evaluateEligibility } from './evaluate-eligibility';
import { evaluators } from './evaluators/evaluator-registry';
import { loadDirection } from './test-support/catalogue-files';
import { longquanEnterprise, requirementOf } from './test-support/requirement.factory';

describe('evaluateEligibility', () => {
  it('has an evaluator for every requirement kind of the schema', () => {
    expect(Object.keys(evaluators).sort()).toEqual([...requirementKinds].sort());
  });

  it('summarises: blocking failures and unknowns stop submission, warnings and manual checks do not', () => {
    const requirements = [
      requirementOf('fundingCap', { maxWan: 100 }, { severity: 'warning' }),
      requirementOf('trlMax', { max: 4 }),
      requirementOf('manual', { text: '人工' }, { severity: 'manual' }),
    ];
    const unknownTrl = evaluateEligibility({ requirements }, { application: { requestedFundingWan: 120 } });
    expect(unknownTrl.summary).toMatchObject({
      total: 3,
      failed: 1,
      unknown: 1,
      manual: 1,
      warnings: 1,
      blockingFailures: 0,
      blockingUnknowns: 1,
      canSubmit: false,
    });
    const known = evaluateEligibility(
      { requirements },
      { application: { requestedFundingWan: 120, trl: 3 } },
    );
    expect(known.summary).toMatchObject({ canSubmit: true, warnings: 1, passed: 1 });
    expect(known.results.map((r) => [r.index, r.requirementId, r.definedAt])).toEqual([
      [0, 'test-fundingCap', null],
      [1, 'test-trlMax', null],
      [2, 'test-manual', null],
    ]);
  });

  it('never crashes on facts that bypassed the schema', () => {
    const broken = { lead: longquanEnterprise, participants: { domestic: 5 } } as unknown as ApplicationFacts;
    const report = evaluateEligibility(
      { requirements: [requirementOf('consortium', { minChineseUnits: 2 })] },
      broken,
    );
    expect(report.results[0]).toMatchObject({ outcome: 'unknown' });
  });
});

describe('the 2024 Finland direction, end to end (catalogue 000, 1.1)', () => {
  const finland = loadDirection('zj-2024-intl-preparatory', '1.1');
  const facts = (requested: number): ApplicationFacts => ({
    now: '2024-05-01',
    lead: longquanEnterprise,
    application: {
      requestedFundingWan: requested,
      enterpriseRdInvestmentWan: 150,
      selfFundingWan: 110,
      durationYears: 3,
      foreignReference: 'BF-2024-0042',
    },
  });

  it('fails the 20% rule for an enterprise in 龙泉市 and quotes the clause', () => {
    const report = evaluateEligibility(finland, facts(40));
    expect(report).toMatchObject({ callId: 'zj-2024-intl-preparatory', directionCode: '1.1' });
    const share = report.results.find((r) => r.kind === 'fundingShareOfRdInvestment');
    expect(share).toMatchObject({
      outcome: 'fail',
      severity: 'blocking',
      definedAt: 'call',
      location: '三、（三）',
      quote: '省财政经费支持额度为150万元以内，且不超过企业实际投入研发经费的20%',
    });
    expect(share?.message['zh-CN']).toBe(
      '申请财政补助 40 万元超过企业实际研发投入 150 万元的 20%（30 万元）',
    );
    expect(report.summary).toMatchObject({ blockingFailures: 1, canSubmit: false });
    const bilateral = report.results.find((r) => r.kind === 'bilateralSubmission');
    expect(bilateral).toMatchObject({ outcome: 'pass', definedAt: '1' });
  });

  it('passes once the figure is fixed', () => {
    const report = evaluateEligibility(finland, facts(30));
    expect(report.results.find((r) => r.kind === 'fundingShareOfRdInvestment')?.outcome).toBe('pass');
    expect(report.summary).toMatchObject({
      blockingFailures: 0,
      blockingUnknowns: 0,
      canSubmit: true,
      manual: 1,
    });
  });
});

describe('directions of the 2023 national guide read `direction` in their rules (catalogue 003)', () => {
  const subTopics = { application: { subTopics: [{ name: '课题一', leaders: ['甲'] }] } };
  const ruleOf = (code: string) =>
    evaluateEligibility(loadDirection('most-2023-intergov-batch1', code), subTopics).results.find(
      (r) => r.requirementId === 'no-sub-topics',
    );
  it('allows sub-topics under 1.4 only', () => {
    expect(ruleOf('1.4')?.outcome).toBe('pass');
    expect(ruleOf('1.5')).toMatchObject({ outcome: 'fail', definedAt: 'call' });
  });
});
