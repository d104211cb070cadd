import type { OrganisationFacts } from '../application-facts.schema';
import { chineseUnitPath, chineseUnitsOf, unitLabel } from '../derived-facts';
import type { EvaluationContext } from '../evaluation-context';
import { type Check, combineChecks, isAtLeast, formatNumber as n, pass, unknown } from '../verdict';
import type { Evaluator } from './evaluator';

/**
 * A unit's public funding and matching funds. When the lead is the only Chinese unit, the
 * application's totals are its own figures.
 */
function figuresOf(unit: OrganisationFacts, index: number, ctx: EvaluationContext, isSole: boolean) {
  const path = chineseUnitPath(index);
  const app = ctx.facts.application;
  const soleLead = isSole && index === 0;
  const publicWan = unit.publicFundingWan ?? (soleLead ? app?.requestedFundingWan : undefined);
  const matchingWan = unit.matchingFundsWan ?? (soleLead ? app?.matchingFundsWan : undefined);
  const missing = [
    ...(publicWan === undefined
      ? [soleLead ? 'application.requestedFundingWan' : `${path}.publicFundingWan`]
      : []),
    ...(matchingWan === undefined
      ? [soleLead ? 'application.matchingFundsWan' : `${path}.matchingFundsWan`]
      : []),
  ];
  return { publicWan, matchingWan, missing, path };
}

/**
 * 企业应提供至少与其获得的政府资助等额的配套出资: every Chinese enterprise (lead or domestic participant)
 * adds matching funds ≥ multiple × the public funding it receives. No enterprise: not applicable.
 */
export const evaluateMatchingFundsMin: Evaluator<'matchingFundsMin'> = ({ minMultipleOfPublic }, ctx) => {
  const multiple = minMultipleOfPublic === 1 ? '' : ` ${n(minMultipleOfPublic)} 倍`;
  const multipleEn = minMultipleOfPublic === 1 ? '' : `${n(minMultipleOfPublic)} × `;
  const purpose = {
    'zh-CN': `企业配套出资不低于其获得的政府资助${multiple}`,
    'en-US': `enterprises' matching funds at least ${multipleEn}their public funding`,
  };
  const units = chineseUnitsOf(ctx.facts);
  if (units.value === undefined) return unknown(units.missing, purpose);
  const all = units.value;
  const checks: Check[] = [];
  all.forEach((unit, index) => {
    const path = chineseUnitPath(index);
    if (unit.type === undefined) {
      checks.push({ ok: undefined, message: purpose, missing: [`${path}.type`] });
      return;
    }
    if (unit.type !== 'enterprise') return;
    const { publicWan, matchingWan, missing } = figuresOf(unit, index, ctx, all.length === 1);
    const name = unitLabel(unit, path);
    if (publicWan === undefined || matchingWan === undefined) {
      checks.push({ ok: undefined, message: purpose, missing });
      return;
    }
    const needed = minMultipleOfPublic * publicWan;
    const ok = isAtLeast(matchingWan, needed);
    checks.push({
      ok,
      message: {
        'zh-CN': `${name}配套出资 ${n(matchingWan)} 万元${ok ? '不低于' : '低于'}其获得的政府资助 ${n(publicWan)} 万元${multiple}（${n(needed)} 万元）`,
        'en-US': `${name}: matching funds of ${n(matchingWan)} wan ${ok ? 'meet' : 'fall short of'} ${multipleEn}its public funding of ${n(publicWan)} wan (${n(needed)} wan)`,
      },
    });
  });
  if (checks.length === 0) {
    return pass(
      '中方单位中没有企业，不适用企业配套出资要求',
      'No Chinese unit is an enterprise; the matching-funds rule does not apply',
    );
  }
  return combineChecks(checks, purpose);
};
