import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from '../evaluate-eligibility';
import { evaluateOne, requirementOf } from '../test-support/requirement.factory';

describe('piOnSiteDays', () => {
  const rule = requirementOf('piOnSiteDays', { minDaysPerYear: 15 });
  it('passes exactly 15 days and fails 14', () => {
    expect(evaluateOne(rule, { pi: { onSiteDaysPerYear: 15 } }).outcome).toBe('pass');
    const r = evaluateOne(rule, { pi: { onSiteDaysPerYear: 14 } });
    expect(r.outcome).toBe('fail');
    expect(r.message['zh-CN']).toBe('项目负责人每年赴帮扶地 14 天，少于要求的 15 天');
  });
  it('is unknown without the plan', () => {
    expect(evaluateOne(rule, { pi: {} }).missing).toEqual(['pi.onSiteDaysPerYear']);
  });
});

describe('piConcurrentProjects', () => {
  const ongoing = requirementOf('piConcurrentProjects', { noOngoingProgrammes: ['central-guidance-fund'] });
  const sameYear = requirementOf('piConcurrentProjects', {
    noSameYearAwardsOf: ['zhejiang-provincial-st-programmes'],
  });

  it('fails a PI leading an ongoing central-fund project', () => {
    const r = evaluateOne(ongoing, {
      pi: { ongoingProjects: [{ programme: 'central-guidance-fund', title: '青瓷' }] },
    });
    expect(r.outcome).toBe('fail');
    expect(r.message['zh-CN']).toBe('项目负责人已主持在研的中央引导地方科技发展资金项目：青瓷');
    expect(
      evaluateOne(ongoing, { pi: { ongoingProjects: [{ programme: 'zj-jianbing-lingyan' }] } }).outcome,
    ).toBe('pass');
  });
  it('recognises any provincial programme for the same-year rule', () => {
    const award = (programme: string, level?: 'provincial' | 'national') => ({
      pi: { sameYearAwards: [{ programme, level }] },
    });
    expect(evaluateOne(sameYear, award('zj-jianbing-lingyan')).outcome).toBe('fail');
    expect(evaluateOne(sameYear, award('zj-natural-science-fund', 'provincial')).outcome).toBe('fail');
    expect(evaluateOne(sameYear, award('nkrdp-intergov', 'national')).outcome).toBe('pass');
    expect(evaluateOne(sameYear, award('hz-key-project')).missing).toEqual(['pi.sameYearAwards[0].level']);
  });
  it('limits applications per PI and is unknown without the facts', () => {
    const limit = requirementOf('piConcurrentProjects', { maxApplicationsPerPi: 1 });
    expect(evaluateOne(limit, { pi: { otherApplicationsThisCall: 0 } }).outcome).toBe('pass');
    expect(evaluateOne(limit, { pi: { otherApplicationsThisCall: 1 } }).outcome).toBe('fail');
    expect(evaluateOne(ongoing, {}).missing).toEqual(['pi.ongoingProjects']);
  });
});

describe('piRetirement', () => {
  const rule = requirementOf('piRetirement', {
    academicianAge: 70,
    commitmentAttachment: 'retirementCommitment',
  });
  const period = { application: { startDate: '2024-06-01', endDate: '2026-05-31' }, attachments: [] };

  it('needs the commitment when a man turns 60 on the last day of the project (approximate age)', () => {
    const r = evaluateOne(rule, {
      ...period,
      pi: { birthDate: '1966-05-31', sex: 'male', isAcademician: false },
    });
    expect(r.outcome).toBe('fail');
    expect(r.message['zh-CN']).toContain('于 2026-05-31 年满 60 周岁');
    expect(r.message['zh-CN']).toContain('按2025年改革前的法定年龄估算');
    expect(r.message['en-US']).toContain('approximated with the pre-2025 statutory ages');
    const withLetter = { ...period, attachments: [{ code: 'retirementCommitment' }] };
    expect(
      evaluateOne(rule, { ...withLetter, pi: { birthDate: '1966-05-31', sex: 'male', isAcademician: false } })
        .outcome,
    ).toBe('pass');
  });

  it('passes a man who turns 60 the day after the project ends', () => {
    const r = evaluateOne(rule, {
      ...period,
      pi: { birthDate: '1966-06-01', sex: 'male', isAcademician: false },
    });
    expect(r.outcome).toBe('pass');
  });

  it('uses 55 for women, 70 for academicians, and a given retirement age without approximation', () => {
    const woman = { birthDate: '1971-01-01', sex: 'female' as const, isAcademician: false };
    expect(evaluateOne(rule, { ...period, pi: woman }).outcome).toBe('fail');
    expect(evaluateOne(rule, { ...period, pi: { ...woman, isAcademician: true } }).outcome).toBe('pass');
    const given = evaluateOne(rule, { ...period, pi: { ...woman, retirementAge: 58 } });
    expect(given.outcome).toBe('pass');
    expect(given.message['zh-CN']).not.toContain('估算');
  });

  it('takes the end date from a prescribed period in the same evaluation', () => {
    const fixed = requirementOf('duration', {
      exactYears: 2,
      startDate: '2024-06-01',
      endDate: '2026-05-31',
    });
    const facts = {
      attachments: [],
      pi: { birthDate: '1966-05-31', sex: 'male' as const, isAcademician: false },
    };
    const report = evaluateEligibility({ requirements: [fixed, rule] }, facts);
    expect(report.results[1]?.outcome).toBe('fail');
  });

  it('is unknown when the missing fact could change the answer', () => {
    const pi = { birthDate: '1966-05-31', sex: 'male' as const };
    expect(evaluateOne(rule, { ...period, pi }).missing).toEqual(['pi.isAcademician']);
    expect(evaluateOne(rule, { ...period, pi: { birthDate: '1970-01-01' } }).missing).toEqual([
      'pi.sex',
      'pi.retirementAge',
    ]);
    // An academician does not need a sex: 70 applies.
    const academician = { birthDate: '1956-06-01', isAcademician: true };
    expect(evaluateOne(rule, { ...period, pi: academician }).outcome).toBe('pass');
    expect(evaluateOne(rule, { pi }).missing).toEqual(['application.endDate']);
    // Young enough whatever the answer: no need to know.
    expect(evaluateOne(rule, { ...period, pi: { birthDate: '1980-01-01', sex: 'male' } }).outcome).toBe(
      'pass',
    );
    expect(evaluateOne(rule, { ...period, pi: { birthDate: '1990-01-01' } }).outcome).toBe('pass');
  });
});
