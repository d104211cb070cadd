import { organisationTypeLabels } from '../../organisation/organisation-type';
import { leadCountyClasses, totalBudget } from '../derived-facts';
import type { EvaluationContext } from '../evaluation-context';
import {
  type Bilingual,
  type Check,
  combineChecks,
  formatShare,
  isAtLeast,
  formatNumber as n,
  pass,
  unknown,
} from '../verdict';
import type { Evaluator, ParamsOf } from './evaluator';

type Rule = ParamsOf<'selfFundingRatio'>['rules'][number];
type Match = { state: boolean | undefined; missing: string[] };

function condition(state: boolean | undefined, path: string): Match {
  return { state, missing: state === undefined ? [path] : [] };
}

function matchRule(rule: Rule, ctx: EvaluationContext): Match {
  const lead = ctx.facts.lead;
  const parts: Match[] = [];
  if (rule.leadTypes) {
    const type = lead?.type;
    parts.push(
      condition(type === undefined ? undefined : rule.leadTypes.some((t) => t === type), 'lead.type'),
    );
  }
  if (rule.countyClasses) {
    const classes = leadCountyClasses(lead);
    const hit = classes.value?.some((c) => rule.countyClasses?.includes(c));
    parts.push({ state: hit, missing: classes.missing });
  }
  if (rule.sectors?.includes('agriculture'))
    parts.push(condition(lead?.isAgricultural, 'lead.isAgricultural'));
  if (rule.requiresEnterprisePartner) {
    const domestic = ctx.facts.participants?.domestic;
    const hasEnterprise = domestic?.some((u) => u.type === 'enterprise');
    const undecided =
      domestic === undefined || (!hasEnterprise && domestic.some((u) => u.type === undefined));
    parts.push(condition(undecided ? undefined : hasEnterprise, 'participants.domestic'));
  }
  if (parts.some((p) => p.state === false)) return { state: false, missing: [] };
  const open = parts.filter((p) => p.state === undefined);
  return open.length > 0
    ? { state: undefined, missing: open.flatMap((p) => p.missing) }
    : { state: true, missing: [] };
}

/** Specificity: the number of conditions a rule states. Ties go to the later rule (exceptions follow the rule). */
function specificity(rule: Rule): number {
  return [
    rule.leadTypes,
    rule.countyClasses,
    rule.sectors,
    rule.requiresEnterprisePartner || undefined,
  ].filter((c) => c !== undefined).length;
}

/** The rules from most to least specific. */
export function rankSelfFundingRules(rules: readonly Rule[]): Rule[] {
  return rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => specificity(b.rule) - specificity(a.rule) || b.index - a.index)
    .map((r) => r.rule);
}

function describeRule(rule: Rule): Bilingual {
  const zh: string[] = [];
  const en: string[] = [];
  if (rule.countyClasses) {
    zh.push('山区26县或海岛县的');
    en.push('in a mountain or island county');
  }
  if (rule.sectors?.includes('agriculture')) {
    zh.push('农业类');
    en.push('agricultural');
  }
  if (rule.leadTypes) {
    zh.push(`${rule.leadTypes.map((t) => organisationTypeLabels[t]['zh-CN']).join('、')}牵头`);
    en.push(
      `led by ${rule.leadTypes.map((t) => organisationTypeLabels[t]['en-US'].toLowerCase()).join(' / ')}`,
    );
  } else {
    zh.push('单位');
    en.push('unit');
  }
  if (rule.requiresEnterprisePartner) {
    zh.push('联合企业');
    en.push('with an enterprise partner');
  }
  return { 'zh-CN': zh.join(''), 'en-US': en.join(', ') };
}

const sameThresholds = (a: Rule, b: Rule) =>
  a.minShareOfTotal === b.minShareOfTotal && a.minMultipleOfPublic === b.minMultipleOfPublic;

function checkRule(rule: Rule, ctx: EvaluationContext): Check[] {
  const self = ctx.facts.application?.selfFundingWan;
  const requested = ctx.facts.application?.requestedFundingWan;
  const checks: Check[] = [];
  const d = describeRule(rule);
  if (rule.minShareOfTotal !== undefined) {
    const total = totalBudget(ctx.facts);
    const min = formatShare(rule.minShareOfTotal);
    const purpose = {
      'zh-CN': `${d['zh-CN']}：自筹不低于 ${min}`,
      'en-US': `${d['en-US']}: self-funding ≥ ${min}`,
    };
    if (self === undefined || total.value === undefined) {
      const missing = [...(self === undefined ? ['application.selfFundingWan'] : []), ...total.missing];
      checks.push({ ok: undefined, message: purpose, missing });
    } else {
      const ok = isAtLeast(self, rule.minShareOfTotal * total.value);
      const actual = total.value === 0 ? '—' : formatShare(self / total.value);
      checks.push({
        ok,
        message: {
          'zh-CN': `自筹经费 ${n(self)} 万元占总经费 ${n(total.value)} 万元的 ${actual}，${ok ? '不低于' : '低于'}${d['zh-CN']}须达到的 ${min}`,
          'en-US': `Self-funding of ${n(self)} wan is ${actual} of the total budget of ${n(total.value)} wan, ${ok ? 'meeting' : 'below'} the ${min} required (${d['en-US']})`,
        },
      });
    }
  }
  if (rule.minMultipleOfPublic !== undefined) {
    const times = rule.minMultipleOfPublic === 1 ? '' : ` ${n(rule.minMultipleOfPublic)} 倍`;
    const purpose = {
      'zh-CN': `${d['zh-CN']}：自筹不低于财政补助`,
      'en-US': `${d['en-US']}: self-funding ≥ public funding`,
    };
    if (self === undefined || requested === undefined) {
      const missing = [
        ...(self === undefined ? ['application.selfFundingWan'] : []),
        ...(requested === undefined ? ['application.requestedFundingWan'] : []),
      ];
      checks.push({ ok: undefined, message: purpose, missing });
    } else {
      const needed = rule.minMultipleOfPublic * requested;
      const ok = isAtLeast(self, needed);
      checks.push({
        ok,
        message: {
          'zh-CN': `自筹经费 ${n(self)} 万元${ok ? '不低于' : '低于'}财政补助经费 ${n(requested)} 万元${times}（${d['zh-CN']}）`,
          'en-US': `Self-funding of ${n(self)} wan is ${ok ? 'at least' : 'less than'} ${n(needed)} wan, ${n(rule.minMultipleOfPublic)} × the public funding of ${n(requested)} wan (${d['en-US']})`,
        },
      });
    }
  }
  return checks;
}

/**
 * 自筹经费比例: picks the most specific rule that matches the lead (see `rankSelfFundingRules`) and
 * checks its thresholds. A more specific rule that might match (facts missing) makes it unknown.
 */
export const evaluateSelfFundingRatio: Evaluator<'selfFundingRatio'> = ({ rules }, ctx, rule) => {
  const undecided: { candidate: Rule; missing: string[] }[] = [];
  for (const candidate of rankSelfFundingRules(rules)) {
    const match = matchRule(candidate, ctx);
    if (match.state === false) continue;
    if (match.state === undefined) {
      undecided.push({ candidate, missing: match.missing });
      continue;
    }
    // A more specific rule that might still match only matters if it asks for something else.
    const blockers = undecided.filter((u) => !sameThresholds(u.candidate, candidate));
    if (blockers.length > 0)
      return unknown(
        blockers.flatMap((u) => u.missing),
        rule,
      );
    return combineChecks(checkRule(candidate, ctx), describeRule(candidate));
  }
  if (undecided.length > 0)
    return unknown(
      undecided.flatMap((u) => u.missing),
      rule,
    );
  return pass(
    '没有适用于该牵头单位的自筹经费比例规则',
    'No self-funding rule applies to this lead organisation',
  );
};
