import {
  type ApplicationState,
  applicationPolicy,
  availableTransitions,
  checklistSchema,
  formalReviewCategoryLabels,
  formalReviewCategoryOf,
  formatShanghai,
  shanghaiDateTimeSchema,
  statesVisibleTo,
  toShanghaiIso,
} from '@yanzhen/domain';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../composition-root';
import { AppError } from '../../http/app-error';
import { errorBodySchema, requestLocale } from '../../http/error-handler';
import { defineRoute } from '../../http/route';
import { stateOf } from '../applications/application.presenter';
import { streamWorkbook, writeTableSheet } from '../office-dashboard/documents/xlsx-table';
import { sendXlsx } from '../office-dashboard/xlsx-response';
import { formalReviewPolicies } from './formal-review.policy';
import {
  bulkResultSchema,
  checksViewSchema,
  officeListItemSchema,
  outcomeViewSchema,
  presentBulk,
  presentChecklist,
  presentChecks,
  presentOfficeListItem,
  presentReviewTimes,
  reviewDetailSchema,
} from './formal-review.presenter';
import { checklistOf, directionOf, type FrozenAttachment } from './formal-review-checks';
import { formalReviewListColumns } from './formal-review-export';

const tags = ['formal review'];
const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};
const idParams = z.object({ id: z.uuid() });
const officeStates = statesVisibleTo('programmeOfficer');
const reasonSchema = z.string().trim().max(2000);
const listFilterSchema = z.object({
  callId: z.string().max(100).optional(),
  state: z.enum(officeStates).optional(),
  recommenderId: z.uuid().optional(),
  checks: z.enum(['passed', 'failed', 'notRun']).optional(),
});
const listFilterOf = (q: z.infer<typeof listFilterSchema>) => ({
  callId: q.callId,
  states: q.state ? [q.state] : [...officeStates],
  recommenderOrganisationId: q.recommenderId,
  checks: q.checks,
});
const decisionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept') }),
  z.object({ action: z.literal('return'), reason: reasonSchema, correctionDueAt: shanghaiDateTimeSchema }),
  z.object({ action: z.literal('reject'), reason: reasonSchema }),
]);
const formalTransitions = new Set([
  'startFormalReview',
  'acceptFormalReview',
  'returnForCorrection',
  'rejectFormalReview',
]);

/** A deadline must lie ahead; the reasons the lifecycle requires are checked once for a whole bulk request. */
function assertDecisionInput(
  action: string,
  input: { reason?: string; correctionDueAt?: string },
  now: Date,
) {
  if ((action === 'return' || action === 'reject') && !input.reason?.trim())
    throw new AppError('reason_required', 400, {}, [{ path: 'reason', message: 'required' }]);
  if (action === 'return' && (!input.correctionDueAt || Date.parse(input.correctionDueAt) <= now.getTime()))
    throw new AppError('correction_deadline_invalid', 400, {}, [
      { path: 'correctionDueAt', message: 'future' },
    ]);
}

/** The reason of the decision that put the application where it is (return for correction, rejection). */
async function decisionReason(deps: Deps, id: string, state: string) {
  const log = await deps.repos.applications.listTransitions(id);
  const last = log
    .filter((e) => e.transition === 'returnForCorrection' || e.transition === 'rejectFormalReview')
    .at(-1);
  return last && last.toState === state ? last.reason : null;
}

export function registerFormalReviewRoutes(app: FastifyInstance, deps: Deps) {
  const { repos } = deps;
  const service = deps.services.formalReview;

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/formal-reviews',
    schema: {
      tags,
      summary:
        'Applications for formal review (recommended and beyond), filtered and paged, with their checks',
      querystring: listFilterSchema.extend({
        page: z.coerce.number().int().min(1).max(100_000).default(1),
        pageSize: z.coerce.number().int().min(1).max(200).default(20),
      }),
      response: {
        200: z.object({
          items: z.array(officeListItemSchema),
          total: z.number(),
          page: z.number(),
          pageSize: z.number(),
        }),
        ...errors,
      },
    },
    policy: formalReviewPolicies.office,
    handler: async (req) => {
      const { page, pageSize } = req.query;
      const { rows, total } = await repos.formalReviews.listForOffice(listFilterOf(req.query), {
        offset: (page - 1) * pageSize,
        limit: pageSize,
      });
      return { items: rows.map(presentOfficeListItem), total, page, pageSize };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/formal-reviews.xlsx',
    schema: {
      tags,
      summary: 'The formal-review list with its filters, every page, as xlsx (形式审查清单)',
      querystring: listFilterSchema,
      response: { 200: z.any(), ...errors },
    },
    policy: formalReviewPolicies.office,
    handler: async (req, reply) => {
      const filter = listFilterOf(req.query);
      const now = deps.clock.now();
      async function* pages() {
        const size = 2000;
        for (let offset = 0; ; offset += size) {
          const { rows } = await repos.formalReviews.listForOffice(filter, { offset, limit: size });
          if (rows.length) yield rows;
          if (rows.length < size) return;
        }
      }
      const stream = streamWorkbook({ title: '形式审查清单 Formal review list', created: now }, (workbook) =>
        writeTableSheet(
          workbook,
          '形式审查 Formal review',
          `形式审查清单（导出时间 ${formatShanghai(now)} 北京时间）`,
          formalReviewListColumns,
          pages(),
        ).then(() => undefined),
      );
      return sendXlsx(reply, `formal-reviews-${req.query.callId ?? 'all'}.xlsx`, stream);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/formal-reviews/:id',
    schema: {
      tags,
      summary: 'One application’s formal review: frozen version, automatic checks, checklist, outcome',
      params: idParams,
      response: { 200: reviewDetailSchema, ...errors },
    },
    policy: formalReviewPolicies.review,
    handler: async (req) => {
      const a = req.ctx.resource!;
      const review = await repos.formalReviews.find(a.id);
      const submission = await repos.applications.latestSubmission(a.id);
      const organisation = await repos.organisations.findById(a.organisationId);
      const { call, resolved } = await directionOf(repos, a);
      const category = formalReviewCategoryOf(call.programme.id);
      return {
        application: {
          id: a.id,
          callId: a.callId,
          directionCode: a.directionCode,
          title: a.title,
          state: stateOf(a.state),
          organisationName: organisation?.name ?? '',
          actions: availableTransitions(a.state as ApplicationState, ['programmeOfficer']).filter((t) =>
            formalTransitions.has(t),
          ),
        },
        category: { code: category, label: formalReviewCategoryLabels[category] },
        submission: submission
          ? {
              version: submission.version,
              submittedAt: toShanghaiIso(submission.submittedAt),
              contentHash: submission.contentHash,
              attachments: (submission.attachments as FrozenAttachment[]).map((f) => ({
                id: f.id,
                code: f.code,
                fileName: f.fileName,
                size: f.size,
              })),
            }
          : null,
        checks: review ? presentChecks(review.automaticChecks) : null,
        checklist: presentChecklist(checklistOf(call, resolved), review?.checklist),
        reason: await decisionReason(deps, a.id, a.state),
        ...presentReviewTimes(review),
      };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/formal-reviews/:id/start',
    schema: {
      tags,
      summary: 'Start the formal review of a recommended application and run its automatic checks',
      params: idParams,
      body: z.object({}).nullish(),
      response: {
        200: z.object({ state: outcomeViewSchema.shape.state, checks: checksViewSchema.nullable() }),
        ...errors,
      },
    },
    policy: formalReviewPolicies.review,
    handler: async (req) => {
      const state = await service.start(req.params.id, req.ctx.actor!);
      const review = await repos.formalReviews.find(req.params.id);
      return { state: stateOf(state), checks: presentChecks(review?.automaticChecks) };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/formal-reviews/:id/checks',
    schema: {
      tags,
      summary: 'Run the automatic checks again on the latest frozen version',
      params: idParams,
      body: z.object({}).nullish(),
      response: { 200: checksViewSchema, ...errors },
    },
    policy: formalReviewPolicies.review,
    handler: async (req) => presentChecks(await service.rerunChecks(req.params.id, req.ctx.actor!))!,
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/v1/formal-reviews/:id/checklist',
    schema: {
      tags,
      summary: 'Save answers of the manual checklist (item → ok / not ok / open, with a note)',
      params: idParams,
      body: z.object({ items: checklistSchema }),
      response: { 200: reviewDetailSchema.shape.checklist, ...errors },
    },
    policy: formalReviewPolicies.review,
    handler: async (req) => {
      const saved = await service.saveChecklist(req.params.id, req.body.items, req.ctx.actor!);
      const { call, resolved } = await directionOf(repos, req.ctx.resource!);
      return presentChecklist(checklistOf(call, resolved), saved);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/formal-reviews/:id/decision',
    schema: {
      tags,
      summary: 'Accept, return for correction (with a deadline, Asia/Shanghai) or reject (with reasons)',
      params: idParams,
      body: decisionSchema,
      response: { 200: z.object({ state: outcomeViewSchema.shape.state }), ...errors },
    },
    policy: formalReviewPolicies.review,
    handler: async (req) => {
      const body = req.body;
      assertDecisionInput(
        body.action,
        body as { reason?: string; correctionDueAt?: string },
        deps.clock.now(),
      );
      const state = await service.decide(
        req.params.id,
        body.action === 'return'
          ? { action: 'return', reason: body.reason, correctionDueAt: new Date(body.correctionDueAt) }
          : body,
        req.ctx.actor!,
      );
      return { state: stateOf(state) };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/formal-reviews/bulk',
    schema: {
      tags,
      summary: 'One action on many applications; each in its own transaction, with a result per id',
      body: z.object({
        ids: z.array(z.uuid()).min(1).max(200),
        action: z.enum(['start', 'accept', 'return', 'reject']),
        reason: reasonSchema.optional(),
        correctionDueAt: shanghaiDateTimeSchema.optional(),
      }),
      response: { 200: bulkResultSchema, ...errors },
    },
    policy: formalReviewPolicies.office,
    handler: async (req) => {
      const { ids, action, reason, correctionDueAt } = req.body;
      assertDecisionInput(action, { reason, correctionDueAt }, deps.clock.now());
      const results = await service.bulk(
        ids,
        action,
        { reason: reason ?? null, correctionDueAt: correctionDueAt ? new Date(correctionDueAt) : null },
        req.ctx.actor!,
      );
      return presentBulk(results, requestLocale(req));
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/applications/:id/formal-review',
    schema: {
      tags,
      summary: 'The formal review outcome as the applicant sees it: decision, reasons, correction deadline',
      params: idParams,
      response: { 200: outcomeViewSchema, ...errors },
    },
    policy: formalReviewPolicies.outcome,
    handler: async (req) => {
      const a = req.ctx.resource!;
      const actor = req.ctx.actor;
      const visible = applicationPolicy.readFormalReviewOutcome(actor, a.subject);
      const review = visible ? await repos.formalReviews.find(a.id) : undefined;
      const outcome = (review?.outcome ?? null) as z.infer<typeof outcomeViewSchema>['outcome'];
      const due = a.state === 'returnedForCorrection' ? (review?.correctionDueAt ?? null) : null;
      const times = presentReviewTimes(review);
      return {
        state: stateOf(a.state),
        outcome,
        reason: visible ? await decisionReason(deps, a.id, a.state) : null,
        correctionDueAt: due ? times.correctionDueAt : null,
        canResubmit:
          !!due && due.getTime() >= deps.clock.now().getTime() && applicationPolicy.edit(actor, a.subject),
        decidedAt: times.decidedAt,
      };
    },
  });
}
