import type { ResolvedDirection } from '../catalogue/inheritance';
import type { Requirement } from '../catalogue/requirement.schema';
import type { ApplicationFacts } from './application-facts.schema';
import { shanghaiDay } from './calendar-date';
import type { Bilingual } from './verdict';

export type RequirementWithOrigin = Requirement & { definedAt?: string };

/** What is evaluated: a resolved direction, or a bare list of requirements (a call, a test). */
export type EligibilityTarget = ResolvedDirection | { requirements: readonly RequirementWithOrigin[] };

/** The direction as rules see it (and as the CEL variable `direction`). */
export type DirectionInfo = {
  callId: string;
  code: string;
  name: string;
  kind: string;
  /** the partner country or region (ISO 3166-1 alpha-2, or "EU"), inherited */
  countryCode: string | null;
  ancestorCodes: string[];
  foreignAgency: string | null;
  foreignAgencyEn: string | null;
};

export type EvaluationContext = {
  facts: ApplicationFacts;
  /** facts.now as an Asia/Shanghai calendar day */
  today: string | undefined;
  direction: DirectionInfo | null;
  /** code → name of the attachments the direction lists, for messages */
  attachmentNames: Map<string, Bilingual>;
  /** every requirement being evaluated together (a rule may read a sibling, e.g. the fixed period) */
  requirements: readonly RequirementWithOrigin[];
};

function isResolvedDirection(target: EligibilityTarget): target is ResolvedDirection {
  return 'node' in target && 'callId' in target;
}

function effectiveString(direction: ResolvedDirection, field: 'foreignAgency'): string | null {
  const v = direction.effective[field]?.value;
  return typeof v === 'string' ? v : null;
}

function describeDirection(d: ResolvedDirection): DirectionInfo {
  const country = d.effective.countryOrRegion?.value;
  const countryCode =
    typeof country === 'object' && country !== null && 'code' in country && typeof country.code === 'string'
      ? country.code
      : null;
  const agencyEn = [...d.ancestors, d.node]
    .reverse()
    .map((n) => n.foreignAgencyEn)
    .find((v) => v !== undefined);
  return {
    callId: d.callId,
    code: d.node.code,
    name: d.node.name,
    kind: d.node.kind,
    countryCode,
    ancestorCodes: d.ancestors.map((a) => a.code),
    foreignAgency: effectiveString(d, 'foreignAgency'),
    foreignAgencyEn: agencyEn ?? null,
  };
}

/** Builds what every evaluator reads. */
export function createEvaluationContext(
  target: EligibilityTarget,
  facts: ApplicationFacts,
  now?: string,
): EvaluationContext {
  const resolved = isResolvedDirection(target) ? target : null;
  const attachmentNames = new Map<string, Bilingual>();
  for (const a of resolved?.requiredAttachments ?? []) {
    attachmentNames.set(a.code, { 'zh-CN': a.name, 'en-US': a.nameEn ?? a.name });
  }
  const clock = facts.now ?? now;
  return {
    facts,
    today: clock === undefined ? undefined : shanghaiDay(clock),
    direction: resolved ? describeDirection(resolved) : null,
    attachmentNames,
    requirements: target.requirements,
  };
}

/** "合作协议" / "cooperation agreement" when the direction names it, else the code. */
export function attachmentName(ctx: EvaluationContext, code: string): Bilingual {
  return ctx.attachmentNames.get(code) ?? { 'zh-CN': code, 'en-US': code };
}
