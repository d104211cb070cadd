import type { RequirementKind, Severity } from '../catalogue/requirement.schema';
import type { Bilingual, Outcome } from './verdict';

export type { Bilingual, Outcome } from './verdict';

/** The verdict on one requirement, with the clause it quotes. */
export type RequirementResult = {
  requirementId: string | null;
  /** position in the evaluated list (call, then ancestors, then the direction) */
  index: number;
  kind: RequirementKind;
  outcome: Outcome;
  severity: Severity;
  /** what this case comes to, with its numbers */
  message: Bilingual;
  /** the rule in its own words (the requirement's message, else its quote) */
  rule: Bilingual;
  /** fact paths whose absence made the outcome unknown */
  missing: string[];
  quote: string;
  location: string;
  interpretation: string | null;
  /** the node code that states the requirement, "call" for call-wide ones; null when not known */
  definedAt: string | null;
};

export type EligibilitySummary = {
  total: number;
  passed: number;
  failed: number;
  unknown: number;
  manual: number;
  blockingFailures: number;
  blockingUnknowns: number;
  /** warning-severity requirements that fail or cannot be told yet */
  warnings: number;
  /** no blocking failure and no blocking unknown */
  canSubmit: boolean;
};

export type EligibilityReport = {
  callId: string | null;
  directionCode: string | null;
  results: RequirementResult[];
  summary: EligibilitySummary;
};

/** Counts the outcomes; `canSubmit` when nothing blocking fails or is still unknown. */
export function summariseResults(results: RequirementResult[]): EligibilitySummary {
  const count = (p: (r: RequirementResult) => boolean) => results.filter(p).length;
  const blockingFailures = count((r) => r.severity === 'blocking' && r.outcome === 'fail');
  const blockingUnknowns = count((r) => r.severity === 'blocking' && r.outcome === 'unknown');
  return {
    total: results.length,
    passed: count((r) => r.outcome === 'pass'),
    failed: count((r) => r.outcome === 'fail'),
    unknown: count((r) => r.outcome === 'unknown'),
    manual: count((r) => r.outcome === 'manual'),
    blockingFailures,
    blockingUnknowns,
    warnings: count((r) => r.severity === 'warning' && (r.outcome === 'fail' || r.outcome === 'unknown')),
    canSubmit: blockingFailures === 0 && blockingUnknowns === 0,
  };
}
