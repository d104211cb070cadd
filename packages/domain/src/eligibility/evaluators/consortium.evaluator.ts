import { fullYearsBetween } from '../calendar-date';
import { chineseUnitPath, chineseUnitsOf, unitLabel } from '../derived-facts';
import type { EvaluationContext } from '../evaluation-context';
import { type Check, combineChecks, formatNumber as n, unknown } from '../verdict';
import type { Evaluator, ParamsOf } from './evaluator';

function countCheck(count: number, bound: number, direction: 'min' | 'max', zh: string, en: string): Check {
  const ok = direction === 'min' ? count >= bound : count <= bound;
  const zhBound = direction === 'min' ? `至少 ${bound}` : `至多 ${bound}`;
  const enBound = direction === 'min' ? `at least ${bound}` : `at most ${bound}`;
  return {
    ok,
    message: {
      'zh-CN': `${zh} ${count} 个，${ok ? '符合' : '不符合'}${zhBound} 个的要求`,
      'en-US': `${count} ${en}; ${ok ? 'meets' : 'breaks'} the ${enBound} required`,
    },
  };
}

/**
 * Unaffiliated Chinese units (互无隶属关系): distinct affiliation groups, a unit in no group counting
 * alone. Units whose affiliation is unknown give a range; the rule is decided when the range is.
 */
function unaffiliatedCheck(ctx: EvaluationContext, min: number): Check {
  const units = chineseUnitsOf(ctx.facts);
  if (units.value === undefined)
    return { ok: undefined, message: unaffiliatedPurpose(min), missing: units.missing };
  const groups = new Set<string>();
  const missing: string[] = [];
  units.value.forEach((u, i) => {
    if (u.affiliationGroup === undefined) missing.push(`${chineseUnitPath(i)}.affiliationGroup`);
    else groups.add(u.affiliationGroup ?? `#unit-${i}`);
  });
  const low = groups.size;
  const high = groups.size + missing.length;
  if (low >= min) return countCheck(low, min, 'min', '互无隶属关系的中方单位', 'unaffiliated Chinese units');
  if (high < min) return countCheck(high, min, 'min', '互无隶属关系的中方单位', 'unaffiliated Chinese units');
  return { ok: undefined, message: unaffiliatedPurpose(min), missing };
}
const unaffiliatedPurpose = (min: number) => ({
  'zh-CN': `互无隶属关系的中方单位至少 ${min} 家`,
  'en-US': `at least ${min} unaffiliated Chinese units`,
});

function subTopicChecks(ctx: EvaluationContext, p: ParamsOf<'consortium'>): Check[] {
  const topics = ctx.facts.application?.subTopics;
  const needed = p.minSubTopics ?? p.maxSubTopics ?? p.maxChineseUnitsPerSubTopic;
  if (needed === undefined) return [];
  const purpose = { 'zh-CN': '课题设置', 'en-US': 'the sub-topics' };
  if (topics === undefined) return [{ ok: undefined, message: purpose, missing: ['application.subTopics'] }];
  const checks: Check[] = [];
  if (p.minSubTopics !== undefined)
    checks.push(countCheck(topics.length, p.minSubTopics, 'min', '课题', 'sub-topics'));
  if (p.maxSubTopics !== undefined)
    checks.push(countCheck(topics.length, p.maxSubTopics, 'max', '课题', 'sub-topics'));
  const perTopic = p.maxChineseUnitsPerSubTopic;
  if (perTopic !== undefined) {
    topics.forEach((t, i) => {
      const name = t.name ?? `#${i + 1}`;
      if (t.chineseUnitIds === undefined) {
        checks.push({
          ok: undefined,
          message: purpose,
          missing: [`application.subTopics[${i}].chineseUnitIds`],
        });
      } else {
        const zh = `课题“${name}”的中方参与单位`;
        checks.push(
          countCheck(t.chineseUnitIds.length, perTopic, 'max', zh, `Chinese units in sub-topic ${name}`),
        );
      }
    });
  }
  return checks;
}

/**
 * 组织方式: counts of Chinese units (the lead and the domestic participants), foreign units,
 * unaffiliated Chinese units, sub-topics and units per sub-topic, against the rule's bounds.
 */
export const evaluateConsortium: Evaluator<'consortium'> = (p, ctx, rule) => {
  const checks: Check[] = [];
  const chinese = chineseUnitsOf(ctx.facts);
  const foreign = ctx.facts.participants?.foreign;
  const need = (value: unknown, missing: string[]) => {
    if (value === undefined) checks.push({ ok: undefined, message: rule, missing });
  };
  if (
    p.minChineseUnits !== undefined ||
    p.maxChineseUnitsTotal !== undefined ||
    p.maxParticipants !== undefined
  ) {
    need(chinese.value, chinese.missing);
  }
  if (p.minForeignUnits !== undefined || p.maxParticipants !== undefined)
    need(foreign, ['participants.foreign']);
  const c = chinese.value?.length;
  if (c !== undefined && p.minChineseUnits !== undefined) {
    checks.push(countCheck(c, p.minChineseUnits, 'min', '中方单位', 'Chinese units'));
  }
  if (c !== undefined && p.maxChineseUnitsTotal !== undefined) {
    checks.push(countCheck(c, p.maxChineseUnitsTotal, 'max', '中方参与单位', 'Chinese units in all'));
  }
  if (foreign !== undefined && p.minForeignUnits !== undefined) {
    checks.push(countCheck(foreign.length, p.minForeignUnits, 'min', '外方单位', 'foreign units'));
  }
  if (c !== undefined && foreign !== undefined && p.maxParticipants !== undefined) {
    checks.push(countCheck(c + foreign.length, p.maxParticipants, 'max', '参与单位', 'organisations in all'));
  }
  if (p.minUnaffiliatedChineseUnits !== undefined)
    checks.push(unaffiliatedCheck(ctx, p.minUnaffiliatedChineseUnits));
  checks.push(...subTopicChecks(ctx, p));
  return combineChecks(checks, rule);
};

/** 外方合作单位应注册 3 年以上: every foreign partner registered at least `minYears` (exactly 3 passes). */
export const evaluateForeignPartnerRegisteredYears: Evaluator<'foreignPartnerRegisteredYears'> = (
  { minYears },
  ctx,
) => {
  const purpose = {
    'zh-CN': `外方合作单位注册满 ${n(minYears)} 年`,
    'en-US': `foreign partners registered ${n(minYears)}+ years`,
  };
  const foreign = ctx.facts.participants?.foreign;
  if (foreign === undefined || foreign.length === 0) return unknown(['participants.foreign'], purpose);
  const checks = foreign.map((u, i): Check => {
    const path = `participants.foreign[${i}]`;
    const years =
      u.yearsSinceRegistration ??
      (u.registeredOn && ctx.today ? fullYearsBetween(u.registeredOn, ctx.today) : undefined);
    if (years === undefined) {
      const missing = u.registeredOn ? ['now'] : [`${path}.yearsSinceRegistration`];
      return { ok: undefined, message: purpose, missing };
    }
    const ok = years >= minYears;
    const name = unitLabel(u, path);
    return {
      ok,
      message: {
        'zh-CN': `${name}已注册 ${n(years)} 年，${ok ? '满' : '不满'} ${n(minYears)} 年`,
        'en-US': `${name} has been registered for ${n(years)} years, ${ok ? 'at least' : 'less than'} ${n(minYears)}`,
      },
    };
  });
  return combineChecks(checks, purpose);
};
