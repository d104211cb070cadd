import { describe, expect, it } from 'vitest';
import { evaluateOne, requirementOf } from '../test-support/requirement.factory';

describe('duration', () => {
  it('maximum: exactly the maximum passes, more fails', () => {
    const max = requirementOf('duration', { maxYears: 3 });
    expect(evaluateOne(max, { application: { durationYears: 3 } }).outcome).toBe('pass');
    const r = evaluateOne(max, { application: { durationYears: 3.5 } });
    expect(r.outcome).toBe('fail');
    expect(r.message['zh-CN']).toBe('实施期限 3.5 年超过 3 年');
  });

  it('exact: only that many years', () => {
    const exact = requirementOf('duration', { exactYears: 2 });
    expect(evaluateOne(exact, { application: { durationYears: 2 } }).outcome).toBe('pass');
    expect(evaluateOne(exact, { application: { durationYears: 3 } }).message['en-US']).toBe(
      'The duration of 3 years differs from the required 2 years',
    );
  });

  it('range: both ends included', () => {
    const range = requirementOf('duration', { minYears: 2, maxYears: 3 }, { severity: 'warning' });
    expect(evaluateOne(range, { application: { durationYears: 2 } }).outcome).toBe('pass');
    expect(evaluateOne(range, { application: { durationYears: 3 } }).outcome).toBe('pass');
    expect(evaluateOne(range, { application: { durationYears: 1 } })).toMatchObject({
      outcome: 'fail',
      severity: 'warning',
    });
  });

  it('computes the duration from the dates, both days inclusive', () => {
    const exact = requirementOf('duration', { exactYears: 2 });
    const dates = { startDate: '2024-06-01', endDate: '2026-05-31' };
    expect(evaluateOne(exact, { application: dates }).outcome).toBe('pass');
    const longer = { startDate: '2024-06-01', endDate: '2026-12-31' };
    expect(evaluateOne(exact, { application: longer }).outcome).toBe('fail');
  });

  it('checks the dates against a prescribed period, and accepts a project without dates', () => {
    const period = requirementOf('duration', {
      exactYears: 2,
      startDate: '2024-06-01',
      endDate: '2026-05-31',
    });
    const late = evaluateOne(period, { application: { startDate: '2024-06-01', endDate: '2026-06-30' } });
    expect(late.outcome).toBe('fail');
    expect(late.message['zh-CN']).toContain('项目结束日期 2026-06-30 晚于规定的 2026-05-31');
    const onlyPeriod = requirementOf('duration', { startDate: '2024-06-01', endDate: '2026-05-31' });
    expect(evaluateOne(onlyPeriod, { application: {} }).outcome).toBe('pass');
  });

  it('is unknown without a duration or dates', () => {
    const max = requirementOf('duration', { maxYears: 3 });
    expect(evaluateOne(max, { application: { startDate: '2025-01-01' } })).toMatchObject({
      outcome: 'unknown',
      missing: ['application.durationYears'],
    });
  });
});
