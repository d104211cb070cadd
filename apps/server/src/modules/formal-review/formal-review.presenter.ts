import {
  automaticChecksSchema,
  type ChecklistItem,
  checklistProgress,
  checklistSchema,
  formalCheckLabels,
  formatErrorMessage,
  type Locale,
  regionDisplayName,
  toShanghaiIso,
} from '@yanzhen/domain';
import { z } from 'zod';
import { applicationStateSchema, stateOf } from '../applications/application.presenter';
import type { FormalReviewRepository, FormalReviewRow } from './formal-review.repository';
import type { BulkResult } from './formal-review.service';

const label = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });
const shanghai = (d: Date | null | undefined) => (d ? toShanghaiIso(d) : null);

export const checksViewSchema = z.object({
  ranAt: z.string(),
  submissionVersion: z.number(),
  passed: z.boolean(),
  results: z.array(
    z.object({ code: z.string(), label, status: z.enum(['pass', 'fail']), reasons: z.array(label) }),
  ),
});

/** The stored automatic checks, with their labels and the time in Asia/Shanghai; null when never run. */
export function presentChecks(stored: unknown): z.infer<typeof checksViewSchema> | null {
  const parsed = automaticChecksSchema.safeParse(stored);
  if (!parsed.success) return null;
  const c = parsed.data;
  return {
    ranAt: toShanghaiIso(c.ranAt),
    submissionVersion: c.submissionVersion,
    passed: c.passed,
    results: c.results.map((r) => ({ ...r, label: formalCheckLabels[r.code] })),
  };
}

export const officeListItemSchema = z.object({
  id: z.string(),
  callId: z.string(),
  directionCode: z.string(),
  title: z.string(),
  state: applicationStateSchema,
  organisation: z.object({ id: z.string(), name: z.string(), regionName: z.string().nullable() }),
  recommender: z.object({ id: z.string(), name: z.string() }).nullable(),
  publicFundingWan: z.number().nullable(),
  recommendedAt: z.string().nullable(),
  /** one line per check: pass or fail; null before the review starts */
  checks: z
    .object({
      passed: z.boolean(),
      ranAt: z.string(),
      results: z.array(z.object({ code: z.string(), status: z.enum(['pass', 'fail']) })),
    })
    .nullable(),
  outcome: z.string().nullable(),
  correctionDueAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
});

type OfficeRow = Awaited<ReturnType<FormalReviewRepository['listForOffice']>>['rows'][number];
export function presentOfficeListItem(r: OfficeRow): z.infer<typeof officeListItemSchema> {
  const checks = presentChecks(r.automaticChecks);
  return {
    id: r.id,
    callId: r.callId,
    directionCode: r.directionCode,
    title: r.title,
    state: stateOf(r.state),
    organisation: {
      id: r.organisationId,
      name: r.organisationName,
      regionName: r.organisationRegionCode ? regionDisplayName(r.organisationRegionCode) : null,
    },
    recommender:
      r.recommenderOrganisationId && r.recommenderName
        ? { id: r.recommenderOrganisationId, name: r.recommenderName }
        : null,
    publicFundingWan: r.publicFundingWan,
    recommendedAt: shanghai(r.recommendedAt),
    checks: checks
      ? {
          passed: checks.passed,
          ranAt: checks.ranAt,
          results: checks.results.map((c) => ({ code: c.code, status: c.status })),
        }
      : null,
    outcome: r.outcome,
    correctionDueAt: shanghai(r.correctionDueAt),
    startedAt: shanghai(r.startedAt),
    decidedAt: shanghai(r.decidedAt),
  };
}

const checklistItemSchema = z.object({
  code: z.string(),
  label,
  source: z.object({ document: z.string(), location: z.string(), quote: z.string() }).nullable(),
  ok: z.boolean().nullable(),
  note: z.string(),
});

export const reviewDetailSchema = z.object({
  application: z.object({
    id: z.string(),
    callId: z.string(),
    directionCode: z.string(),
    title: z.string(),
    state: applicationStateSchema,
    organisationName: z.string(),
    actions: z.array(z.string()),
  }),
  category: z.object({ code: z.string(), label }),
  submission: z
    .object({
      version: z.number(),
      submittedAt: z.string(),
      contentHash: z.string(),
      attachments: z.array(
        z.object({ id: z.string(), code: z.string(), fileName: z.string(), size: z.number() }),
      ),
    })
    .nullable(),
  checks: checksViewSchema.nullable(),
  checklist: z.object({
    items: z.array(checklistItemSchema),
    progress: z.object({ total: z.number(), ok: z.number(), notOk: z.number(), open: z.number() }),
  }),
  outcome: z.string().nullable(),
  reason: z.string().nullable(),
  correctionDueAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
});

/** The checklist items of the application with the officers' answers (office only: notes are internal). */
export function presentChecklist(items: ChecklistItem[], stored: unknown) {
  const parsed = checklistSchema.safeParse(stored ?? {});
  const entries = parsed.success ? parsed.data : {};
  return {
    items: items.map((i) => ({
      code: i.code,
      label: i.label,
      source: i.source ?? null,
      ok: entries[i.code]?.ok ?? null,
      note: entries[i.code]?.note ?? '',
    })),
    progress: checklistProgress(items, entries),
  };
}

export function presentReviewTimes(review: FormalReviewRow | undefined) {
  return {
    outcome: review?.outcome ?? null,
    correctionDueAt: shanghai(review?.correctionDueAt),
    startedAt: shanghai(review?.startedAt),
    decidedAt: shanghai(review?.decidedAt),
  };
}

/** What the applicant sees: the state, and once decided the outcome, the office's reasons and the deadline. */
export const outcomeViewSchema = z.object({
  state: applicationStateSchema,
  outcome: z.enum(['accepted', 'returnedForCorrection', 'rejected']).nullable(),
  reason: z.string().nullable(),
  correctionDueAt: z.string().nullable(),
  /** the applicant may still resubmit the correction */
  canResubmit: z.boolean(),
  decidedAt: z.string().nullable(),
});

export const bulkResultSchema = z.object({
  succeeded: z.number(),
  failed: z.number(),
  results: z.array(
    z.object({
      id: z.string(),
      ok: z.boolean(),
      state: applicationStateSchema.nullable(),
      error: z.object({ code: z.string(), status: z.number(), message: z.string() }).nullable(),
    }),
  ),
});

export function presentBulk(results: BulkResult[], locale: Locale): z.infer<typeof bulkResultSchema> {
  return {
    succeeded: results.filter((r) => r.ok).length,
    failed: results.filter((r) => !r.ok).length,
    results: results.map((r) =>
      r.ok
        ? { id: r.id, ok: true, state: stateOf(r.state), error: null }
        : {
            id: r.id,
            ok: false,
            state: null,
            error: { code: r.code, status: r.status, message: formatErrorMessage(r.code, locale, r.params) },
          },
    ),
  };
}
