import { type RequirementKind, requirementSchema } from '../../catalogue/requirement.schema';
import type { ApplicationFacts } from '../application-facts.schema';
import type { RequirementResult } from '../eligibility-report';
import { evaluateEligibility } from '../evaluate-eligibility';
import type { RequirementWithOrigin } from '../evaluation-context';
import type { ParamsOf } from '../evaluators/evaluator';

type Extra = { id?: string; severity?: 'blocking' | 'warning' | 'manual'; zh?: string; en?: string };

/** A requirement of one kind, validated by the catalogue schema (so defaults apply as in the files). */
export function requirementOf<K extends RequirementKind>(
  kind: K,
  params: ParamsOf<K>,
  extra: Extra = {},
): RequirementWithOrigin {
  return requirementSchema.parse({
    kind,
    params,
    id: extra.id ?? `test-${kind}`,
    severity: extra.severity,
    message: { 'zh-CN': extra.zh ?? `规则 ${kind}`, 'en-US': extra.en ?? `rule ${kind}` },
    quote: `条款 ${kind}`,
    location: '测试',
  });
}

/** Evaluates one requirement on its own and returns its result. */
export function evaluateOne(requirement: RequirementWithOrigin, facts: ApplicationFacts): RequirementResult {
  const [result] = evaluateEligibility({ requirements: [requirement] }, facts).results;
  if (!result) throw new Error('no result');
  return result;
}

/** An enterprise in 龙泉市 (331181, one of the 26 mountain counties). */
export const longquanEnterprise = {
  id: 'org-lq',
  name: '龙泉青瓷科技有限公司',
  type: 'enterprise',
  regionCode: '331181',
  isIndependentLegalPerson: true,
  isGovernmentBody: false,
  isAgricultural: false,
  carrier: null,
} satisfies ApplicationFacts['lead'];
