import type { ApplicationFacts } from './application-facts.schema';
import type { EligibilityReport, RequirementResult } from './eligibility-report';
import { summariseResults } from './eligibility-report';
import {
  createEvaluationContext,
  type EligibilityTarget,
  type EvaluationContext,
  type RequirementWithOrigin,
} from './evaluation-context';
import { runEvaluator } from './evaluators/evaluator-registry';
import { type Bilingual, manual, undecidable, type Verdict } from './verdict';

export type { EligibilityTarget, RequirementWithOrigin } from './evaluation-context';

export type EvaluateOptions = {
  /** "today" when the facts carry no `now` (YYYY-MM-DD or an ISO instant); the engine reads no clock */
  now?: string;
};

function ruleText(r: RequirementWithOrigin): Bilingual {
  return { 'zh-CN': r.message?.['zh-CN'] ?? r.quote, 'en-US': r.message?.['en-US'] ?? r.quote };
}

function verdictFor(r: RequirementWithOrigin, ctx: EvaluationContext, rule: Bilingual): Verdict {
  if (r.severity === 'manual' && r.kind !== 'manual') {
    return manual(`需人工核查：${rule['zh-CN']}`, `Checked by a person: ${rule['en-US']}`);
  }
  try {
    const verdict = runEvaluator(r, ctx, rule);
    return r.severity === 'manual' ? { ...verdict, outcome: 'manual' } : verdict;
  } catch (error) {
    // Facts that bypassed the schema can still surprise an evaluator; report, never crash.
    const why = error instanceof Error ? error.message : String(error);
    return undecidable(`无法判断此项（${why}）`, `This requirement could not be evaluated (${why})`);
  }
}

/** Evaluates one requirement against the facts. */
export function evaluateRequirement(
  r: RequirementWithOrigin,
  index: number,
  ctx: EvaluationContext,
): RequirementResult {
  const rule = ruleText(r);
  const verdict = verdictFor(r, ctx, rule);
  return {
    requirementId: r.id ?? null,
    index,
    kind: r.kind,
    outcome: verdict.outcome,
    severity: r.severity,
    message: verdict.message,
    rule,
    missing: verdict.missing,
    quote: r.quote,
    location: r.location,
    interpretation: r.interpretation ?? null,
    definedAt: r.definedAt ?? null,
  };
}

/**
 * Evaluates every requirement of a resolved direction (call-wide, inherited and its own) — or of a bare
 * list — against an application's facts: an outcome per requirement that explains this case and quotes
 * the clause, and a summary that says whether the application can be submitted.
 */
export function evaluateEligibility(
  target: EligibilityTarget,
  facts: ApplicationFacts,
  options: EvaluateOptions = {},
): EligibilityReport {
  const ctx = createEvaluationContext(target, facts, options.now);
  const results = target.requirements.map((r, i) => evaluateRequirement(r, i, ctx));
  return {
    callId: ctx.direction?.callId ?? null,
    directionCode: ctx.direction?.code ?? null,
    results,
    summary: summariseResults(results),
  };
}
