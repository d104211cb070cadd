import {
  type Call,
  type CallPhase,
  callPhase,
  msUntilNextBoundary,
  type ResolvedDirection,
} from '@yanzhen/domain';
import { z } from 'zod';
import type { DirectionListRow } from './catalogue.repository';

export const phaseSchema = z.enum(['upcoming', 'open', 'closed', 'unscheduled', 'withdrawn']);

export function phaseOf(
  status: string,
  window: { start: string | null; end: string | null },
  now: Date,
): CallPhase | 'withdrawn' {
  return status === 'withdrawn' ? 'withdrawn' : callPhase(window, now);
}

export const callSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  titleEn: z.string().nullable(),
  year: z.number(),
  kind: z.string(),
  issuer: z.string(),
  issueDate: z.string().nullable(),
  programme: z.object({ id: z.string(), name: z.string(), nameEn: z.string().nullable() }),
  status: z.enum(['draft', 'published', 'withdrawn']),
  phase: phaseSchema,
  submissionWindow: z.object({ start: z.string().nullable(), end: z.string().nullable() }),
  recommendationDeadline: z.string().nullable(),
  msUntilNextBoundary: z.number().nullable(),
  embeddedIn: z.string().nullable(),
  sourceDocument: z.string(),
  version: z.number(),
  directionCount: z.number(),
});

/** What a list of calls needs of a call, stored beside its content. */
export function summaryOf(call: Call) {
  return {
    id: call.id,
    title: call.title,
    titleEn: call.titleEn ?? null,
    year: call.year,
    kind: call.kind,
    issuer: call.issuer,
    issueDate: call.issueDate,
    programme: { id: call.programme.id, name: call.programme.name, nameEn: call.programme.nameEn ?? null },
    submissionWindow: call.submissionWindow,
    recommendationDeadline: call.recommendationDeadline,
    embeddedIn: call.embeddedIn ?? null,
    sourceDocument: call.sourceDocument,
  };
}
export type CallSummaryData = ReturnType<typeof summaryOf>;

export function presentCallSummary(
  row: { status: string; version: number; summary: unknown },
  directionCount: number,
  now: Date,
): z.infer<typeof callSummarySchema> {
  const call = row.summary as CallSummaryData;
  return {
    id: call.id,
    title: call.title,
    titleEn: call.titleEn,
    year: call.year,
    kind: call.kind,
    issuer: call.issuer,
    issueDate: call.issueDate,
    programme: call.programme,
    status: row.status as 'draft' | 'published' | 'withdrawn',
    phase: phaseOf(row.status, call.submissionWindow, now),
    submissionWindow: call.submissionWindow,
    recommendationDeadline: call.recommendationDeadline,
    msUntilNextBoundary: row.status === 'withdrawn' ? null : msUntilNextBoundary(call.submissionWindow, now),
    embeddedIn: call.embeddedIn,
    sourceDocument: call.sourceDocument,
    version: row.version,
    directionCount,
  };
}

export const directionSummarySchema = z.object({
  callId: z.string(),
  callTitle: z.string(),
  year: z.number(),
  code: z.string(),
  name: z.string(),
  categoryName: z.string(),
  countryCode: z.string().nullable(),
  countryName: z.string().nullable(),
  priorityFields: z.array(z.string()),
  applicantTypes: z.array(z.string()),
  organisationMode: z.string().nullable(),
  fundingCapWan: z.number().nullable(),
  bilateral: z.boolean().nullable(),
  foreignDeadline: z.string().nullable(),
  submissionEnd: z.string().nullable(),
  phase: phaseSchema,
});

export function presentDirectionSummary(
  d: DirectionListRow,
  call: {
    id: string;
    title: string;
    year: number;
    status: string;
    submissionStart: Date | null;
    submissionEnd: Date | null;
  },
  now: Date,
): z.infer<typeof directionSummarySchema> {
  const window = {
    start: call.submissionStart?.toISOString() ?? null,
    end: call.submissionEnd?.toISOString() ?? null,
  };
  return {
    callId: call.id,
    callTitle: call.title,
    year: call.year,
    code: d.code,
    name: d.name,
    categoryName: d.categoryName,
    countryCode: d.countryCode,
    countryName: d.countryName,
    priorityFields: d.priorityFields as string[],
    applicantTypes: d.applicantTypes as string[],
    organisationMode: d.organisationMode,
    fundingCapWan: d.fundingCapWan,
    bilateral: d.bilateral,
    foreignDeadline: d.foreignDeadline?.toISOString() ?? null,
    submissionEnd: window.end,
    phase: phaseOf(call.status, window, now),
  };
}

/** The resolved direction as stored: node, ancestors (without their children), effective values, rules. */
export const resolvedDirectionSchema = z.object({
  callId: z.string(),
  /** the call's source document, where the quotes stand */
  sourceDocument: z.string().optional(),
  node: z.record(z.string(), z.unknown()),
  ancestors: z.array(z.object({ code: z.string(), name: z.string(), kind: z.string() })),
  effective: z.record(
    z.string(),
    z.object({ value: z.unknown(), inheritedFrom: z.string().nullable(), source: z.unknown() }),
  ),
  requirements: z.array(z.record(z.string(), z.unknown())),
  requiredAttachments: z.array(z.record(z.string(), z.unknown())),
});

export function presentResolved(r: ResolvedDirection): z.infer<typeof resolvedDirectionSchema> {
  return {
    callId: r.callId,
    node: r.node as unknown as Record<string, unknown>,
    ancestors: r.ancestors.map((a) => ({ code: a.code, name: a.name, kind: a.kind })),
    effective: r.effective as Record<
      string,
      { value: unknown; inheritedFrom: string | null; source: unknown }
    >,
    requirements: r.requirements as unknown as Record<string, unknown>[],
    requiredAttachments: r.requiredAttachments as unknown as Record<string, unknown>[],
  };
}
