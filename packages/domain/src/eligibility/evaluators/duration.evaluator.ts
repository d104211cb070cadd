import { projectYears } from '../derived-facts';
import { type Check, combineChecks, isAtLeast, isAtMost, formatNumber as n } from '../verdict';
import type { Evaluator } from './evaluator';

/** Durations computed from dates are compared to a hundredth of a year (about 4 days). */
const yearTolerance = 0.01;

/**
 * 实施期限: the duration (stated, or from the start and end dates) against max / min / exact years,
 * and the dates against a prescribed period. Without dates of its own, the project is taken to use the
 * prescribed period, so the period alone never makes the rule unknown.
 */
export const evaluateDuration: Evaluator<'duration'> = (params, ctx) => {
  const { minYears, maxYears, exactYears, startDate, endDate } = params;
  const checks: Check[] = [];
  const needsYears = minYears !== undefined || maxYears !== undefined || exactYears !== undefined;
  const years = projectYears(ctx.facts);
  const purpose = {
    'zh-CN': `实施期限${exactYears !== undefined ? `为 ${n(exactYears)} 年` : ''}${minYears !== undefined ? `不少于 ${n(minYears)} 年` : ''}${maxYears !== undefined ? `不超过 ${n(maxYears)} 年` : ''}`,
    'en-US': `duration${exactYears !== undefined ? ` of ${n(exactYears)} years` : ''}${minYears !== undefined ? ` of at least ${n(minYears)} years` : ''}${maxYears !== undefined ? ` of at most ${n(maxYears)} years` : ''}`,
  };
  if (needsYears && years.value === undefined) {
    checks.push({ ok: undefined, message: purpose, missing: years.missing });
  }
  const y = years.value;
  if (y !== undefined && exactYears !== undefined) {
    const ok = Math.abs(y - exactYears) <= yearTolerance;
    checks.push({
      ok,
      message: {
        'zh-CN': `实施期限 ${n(y)} 年，${ok ? '符合' : '不符合'}规定的 ${n(exactYears)} 年`,
        'en-US': `The duration of ${n(y)} years ${ok ? 'matches' : 'differs from'} the required ${n(exactYears)} years`,
      },
    });
  }
  if (y !== undefined && minYears !== undefined) {
    const ok = isAtLeast(y + yearTolerance, minYears);
    checks.push({
      ok,
      message: {
        'zh-CN': `实施期限 ${n(y)} 年${ok ? '不少于' : '少于'} ${n(minYears)} 年`,
        'en-US': `The duration of ${n(y)} years is ${ok ? 'at least' : 'less than'} ${n(minYears)} years`,
      },
    });
  }
  if (y !== undefined && maxYears !== undefined) {
    const ok = isAtMost(y - yearTolerance, maxYears);
    checks.push({
      ok,
      message: {
        'zh-CN': `实施期限 ${n(y)} 年${ok ? '未超过' : '超过'} ${n(maxYears)} 年`,
        'en-US': `The duration of ${n(y)} years is ${ok ? 'within' : 'over'} ${n(maxYears)} years`,
      },
    });
  }
  const app = ctx.facts.application;
  if (startDate && app?.startDate) {
    const ok = app.startDate >= startDate;
    checks.push({
      ok,
      message: {
        'zh-CN': `项目开始日期 ${app.startDate} ${ok ? '不早于' : '早于'}规定的 ${startDate}`,
        'en-US': `The start date ${app.startDate} is ${ok ? 'not before' : 'before'} the prescribed ${startDate}`,
      },
    });
  }
  if (endDate && app?.endDate) {
    const ok = app.endDate <= endDate;
    checks.push({
      ok,
      message: {
        'zh-CN': `项目结束日期 ${app.endDate} ${ok ? '不晚于' : '晚于'}规定的 ${endDate}`,
        'en-US': `The end date ${app.endDate} is ${ok ? 'not after' : 'after'} the prescribed ${endDate}`,
      },
    });
  }
  if (checks.length === 0) {
    return combineChecks(
      [
        {
          ok: true,
          message: {
            'zh-CN': `项目按规定的实施期 ${startDate ?? ''}至${endDate ?? ''}执行`,
            'en-US': `The project follows the prescribed period ${startDate ?? ''} to ${endDate ?? ''}`,
          },
        },
      ],
      purpose,
    );
  }
  return combineChecks(checks, purpose);
};
