import type { z } from 'zod';
import type { RequirementKind, requirementBodySchema } from '../../catalogue/requirement.schema';
import type { EvaluationContext } from '../evaluation-context';
import type { Bilingual, Verdict } from '../verdict';

type RequirementBody = z.infer<typeof requirementBodySchema>;

/** The typed parameters of one requirement kind. */
export type ParamsOf<K extends RequirementKind> = Extract<RequirementBody, { kind: K }>['params'];

/**
 * Evaluates one kind of requirement. `rule` is the requirement's own wording (its message, or its
 * quote), for evaluators that can only say "meets" or "does not meet" it.
 */
export type Evaluator<K extends RequirementKind> = (
  params: ParamsOf<K>,
  ctx: EvaluationContext,
  rule: Bilingual,
) => Verdict;
