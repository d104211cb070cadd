import type { RequirementKind } from '../../catalogue/requirement.schema';
import type { EvaluationContext, RequirementWithOrigin } from '../evaluation-context';
import type { Bilingual, Verdict } from '../verdict';
import {
  evaluateAgreementSignedBefore,
  evaluateOnePerAgreement,
  evaluateRequiredAttachment,
} from './attachment.evaluator';
import { evaluateConsortium, evaluateForeignPartnerRegisteredYears } from './consortium.evaluator';
import { evaluateDuration } from './duration.evaluator';
import type { Evaluator } from './evaluator';
import { evaluateExpression } from './expression.evaluator';
import {
  evaluateAidTransferShare,
  evaluateFundingCap,
  evaluateFundingRange,
  evaluateFundingShareOfRdInvestment,
} from './funding.evaluator';
import { evaluateLeadType } from './lead-type.evaluator';
import { evaluateMatchingFundsMin } from './matching-funds.evaluator';
import { evaluatePiRetirement } from './pi-retirement.evaluator';
import { evaluatePiConcurrentProjects, evaluatePiOnSiteDays } from './principal-investigator.evaluator';
import { evaluateProjectNamePattern, evaluateTrlMax } from './project.evaluator';
import { evaluateManual, evaluateQuota } from './quota.evaluator';
import { evaluateSelfFundingRatio } from './self-funding.evaluator';
import { evaluateBilateralSubmission, evaluateSingleRecommender } from './submission.evaluator';

/** One evaluator per requirement kind; the mapped type makes a missing kind a compile error. */
export const evaluators: { [K in RequirementKind]: Evaluator<K> } = {
  fundingCap: evaluateFundingCap,
  fundingRange: evaluateFundingRange,
  fundingShareOfRdInvestment: evaluateFundingShareOfRdInvestment,
  selfFundingRatio: evaluateSelfFundingRatio,
  aidTransferShare: evaluateAidTransferShare,
  duration: evaluateDuration,
  leadType: evaluateLeadType,
  bilateralSubmission: evaluateBilateralSubmission,
  requiredAttachment: evaluateRequiredAttachment,
  piOnSiteDays: evaluatePiOnSiteDays,
  consortium: evaluateConsortium,
  trlMax: evaluateTrlMax,
  agreementSignedBefore: evaluateAgreementSignedBefore,
  foreignPartnerRegisteredYears: evaluateForeignPartnerRegisteredYears,
  matchingFundsMin: evaluateMatchingFundsMin,
  projectNamePattern: evaluateProjectNamePattern,
  piRetirement: evaluatePiRetirement,
  piConcurrentProjects: evaluatePiConcurrentProjects,
  onePerAgreement: evaluateOnePerAgreement,
  singleRecommender: evaluateSingleRecommender,
  quota: evaluateQuota,
  expression: evaluateExpression,
  manual: evaluateManual,
};

/** Runs the evaluator of a requirement's kind. */
export function runEvaluator(
  requirement: RequirementWithOrigin,
  ctx: EvaluationContext,
  rule: Bilingual,
): Verdict {
  // The kind and its params travel together in the discriminated union; TypeScript cannot correlate
  // `evaluators[kind]` with `params` on its own, hence the widening to a common signature.
  const evaluate = evaluators[requirement.kind] as (
    params: RequirementWithOrigin['params'],
    ctx: EvaluationContext,
    rule: Bilingual,
  ) => Verdict;
  return evaluate(requirement.params, ctx, rule);
}
