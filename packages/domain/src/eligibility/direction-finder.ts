import type { ResolvedDirection } from '../catalogue/inheritance';
import type { RequirementKind } from '../catalogue/requirement.schema';
import type { OrganisationOnlyFacts } from './application-facts.schema';
import { evaluateEligibility } from './evaluate-eligibility';
import type { Bilingual } from './verdict';

export type DirectionVerdict = 'eligible' | 'ineligible' | 'incomplete';

export type BlockingReason = {
  requirementId: string | null;
  kind: RequirementKind;
  message: Bilingual;
  quote: string;
  location: string;
  definedAt: string | null;
};

export type DirectionMatch = {
  callId: string;
  code: string;
  name: string;
  nameEn: string | null;
  verdict: DirectionVerdict;
  /** blocking requirements the organisation fails */
  blockingReasons: BlockingReason[];
  /** facts still needed to decide the blocking requirements that are unknown */
  missing: string[];
  /** blocking requirements that are unknown */
  openRequirements: number;
};

const verdictOrder: Record<DirectionVerdict, number> = { eligible: 0, incomplete: 1, ineligible: 2 };

function matchDirection(direction: ResolvedDirection, facts: OrganisationOnlyFacts): DirectionMatch {
  const report = evaluateEligibility(direction, { lead: facts.lead, now: facts.now });
  const blocking = report.results.filter((r) => r.severity === 'blocking');
  const failed = blocking.filter((r) => r.outcome === 'fail');
  const open = blocking.filter((r) => r.outcome === 'unknown');
  const verdict: DirectionVerdict =
    failed.length > 0 ? 'ineligible' : open.length > 0 ? 'incomplete' : 'eligible';
  return {
    callId: direction.callId,
    code: direction.node.code,
    name: direction.node.name,
    nameEn: direction.node.nameEn ?? null,
    verdict,
    blockingReasons: failed.map((r) => ({
      requirementId: r.requirementId,
      kind: r.kind,
      message: r.message,
      quote: r.quote,
      location: r.location,
      definedAt: r.definedAt,
    })),
    missing: [...new Set(open.flatMap((r) => r.missing))],
    openRequirements: open.length,
  };
}

/**
 * "What can we apply to, and what is missing": evaluates each direction on what can be known about an
 * organisation before any draft exists — the lead (type, region, legal status, carrier …) and today.
 * Anything else is deliberately not read, so rules that need a draft come out unknown and the
 * direction `incomplete`, never `ineligible`. Sorted eligible first, then incomplete (fewest open
 * requirements first), then ineligible; otherwise in the given order.
 */
export function findDirections(
  directions: readonly ResolvedDirection[],
  facts: OrganisationOnlyFacts,
): DirectionMatch[] {
  return directions
    .map((d, i) => ({ match: matchDirection(d, facts), i }))
    .sort(
      (a, b) =>
        verdictOrder[a.match.verdict] - verdictOrder[b.match.verdict] ||
        (a.match.verdict === 'incomplete' ? a.match.openRequirements - b.match.openRequirements : 0) ||
        a.i - b.i,
    )
    .map(({ match }) => match);
}
