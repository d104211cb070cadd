import { diffValues } from '@yanzhen/domain';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../composition-root';
import { notFound } from '../../http/app-error';
import { changeSchema } from '../../http/change.presenter';
import { errorBodySchema } from '../../http/error-handler';
import { defineRoute } from '../../http/route';
import { applicationPolicies } from './application.policy';
import {
  applicationViewSchema,
  presentApplication,
  presentReceipt,
  receiptSchema,
  stateOf,
} from './application.presenter';

const tags = ['applications'];
const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
};
const idParams = z.object({ id: z.uuid() });
const contentBody = z.record(z.string(), z.unknown());

export function registerApplicationRoutes(app: FastifyInstance, deps: Deps) {
  const { repos } = deps;
  const service = deps.services.applications;

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/applications',
    schema: {
      tags,
      summary: 'Start an application for a direction of an open call',
      body: z.object({ callId: z.string().min(1).max(100), directionCode: z.string().min(1).max(100) }),
      response: { 201: applicationViewSchema, ...errors },
    },
    policy: applicationPolicies.create,
    handler: async (req, reply) => {
      const created = await service.create(req.body, req.ctx.actor!);
      return reply.status(201).send(presentApplication(created, req.ctx.actor));
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/applications',
    schema: {
      tags,
      summary: "My organisation's applications",
      response: {
        200: z.object({
          items: z.array(
            z.object({
              id: z.string(),
              callId: z.string(),
              directionCode: z.string(),
              title: z.string(),
              state: applicationViewSchema.shape.state,
              revision: z.number(),
              submissionCount: z.number(),
              lastSavedAt: z.string(),
            }),
          ),
        }),
        ...errors,
      },
    },
    policy: applicationPolicies.listOwn,
    handler: async (req) => ({
      items: (await repos.applications.listByOrganisation(req.ctx.actor!.organisationId!)).map((a) => ({
        id: a.id,
        callId: a.callId,
        directionCode: a.directionCode,
        title: a.title,
        state: stateOf(a.state),
        revision: a.revision,
        submissionCount: a.submissionCount,
        lastSavedAt: a.lastSavedAt.toISOString(),
      })),
    }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/applications/:id',
    schema: {
      tags,
      summary: 'One application with its content and what I may do',
      params: idParams,
      response: { 200: applicationViewSchema, ...errors },
    },
    policy: applicationPolicies.read,
    handler: async (req) =>
      presentApplication(req.ctx.resource, req.ctx.actor, req.ctx.resource.subject.organisationRegionCode),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/v1/applications/:id/draft',
    bodyLimit: 2 * 1024 * 1024,
    schema: {
      tags,
      summary:
        'Autosave: store the draft if nobody saved since `revision` (else 409 edit_conflict, nothing lost)',
      params: idParams,
      body: z.object({ revision: z.number().int().min(1), content: contentBody }),
      response: { 200: z.object({ revision: z.number(), lastSavedAt: z.string() }), ...errors },
    },
    policy: applicationPolicies.edit,
    handler: async (req) => {
      const saved = await service.saveDraft(
        req.params.id,
        req.body.revision,
        req.body.content,
        req.ctx.actor!,
      );
      return { revision: saved.revision, lastSavedAt: saved.lastSavedAt.toISOString() };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/applications/:id/submit',
    schema: {
      tags,
      summary: 'Submit the draft at `revision` (idempotent: a repeat returns the same receipt)',
      params: idParams,
      body: z.object({ revision: z.number().int().min(1) }),
      response: { 200: receiptSchema, ...errors },
    },
    policy: applicationPolicies.edit,
    handler: async (req) => {
      const { submission, repeated } = await service.submit(req.params.id, req.body.revision, req.ctx.actor!);
      return presentReceipt(submission, repeated);
    },
  });

  const actions = [
    [
      'withdraw',
      'withdraw',
      'Withdraw a submitted application (until the recommender acts)',
      applicationPolicies.edit,
    ],
    ['reopen', 'reopen', 'Turn a withdrawn application back into a draft', applicationPolicies.edit],
    [
      'org-approve',
      'orgApprove',
      "The organisation's admin lets the application go to the recommender",
      applicationPolicies.decideForOrganisation,
    ],
    [
      'org-return',
      'orgReturn',
      "The organisation's admin returns it to the applicant with a reason",
      applicationPolicies.decideForOrganisation,
    ],
  ] as const;
  for (const [path, name, summary, policy] of actions) {
    defineRoute(app, {
      method: 'POST',
      url: `/api/v1/applications/:id/${path}`,
      schema: {
        tags,
        summary,
        params: idParams,
        body: z.object({ reason: z.string().trim().max(2000).optional() }).nullish(),
        response: { 200: applicationViewSchema, ...errors },
      },
      policy,
      handler: async (req) => {
        const updated = await service.act(req.params.id, name, req.ctx.actor!, req.body?.reason ?? null);
        return presentApplication(updated, req.ctx.actor, req.ctx.resource.subject.organisationRegionCode);
      },
    });
  }

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/applications/:id/timeline',
    schema: {
      tags,
      summary: 'Every state change: who, when, from, to, why',
      params: idParams,
      response: {
        200: z.object({
          items: z.array(
            z.object({
              transition: z.string(),
              from: applicationViewSchema.shape.state,
              to: applicationViewSchema.shape.state,
              actorName: z.string().nullable(),
              reason: z.string().nullable(),
              at: z.string(),
            }),
          ),
        }),
        ...errors,
      },
    },
    policy: applicationPolicies.read,
    handler: async (req) => {
      const rows = await repos.applications.listTransitions(req.params.id);
      const names = new Map<string, string>();
      for (const id of new Set(rows.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])))) {
        names.set(id, (await repos.users.findById(id))?.name ?? '');
      }
      return {
        items: rows.map((r) => ({
          transition: r.transition,
          from: stateOf(r.fromState),
          to: stateOf(r.toState),
          actorName: r.actorUserId ? (names.get(r.actorUserId) ?? null) : null,
          reason: r.reason,
          at: r.createdAt.toISOString(),
        })),
      };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/applications/:id/revisions',
    schema: {
      tags,
      summary: 'Saved revisions, newest first',
      params: idParams,
      response: {
        200: z.object({ items: z.array(z.object({ revision: z.number(), savedAt: z.string() })) }),
        ...errors,
      },
    },
    policy: applicationPolicies.read,
    handler: async (req) => ({
      items: (await repos.applications.listRevisions(req.params.id)).map((r) => ({
        revision: r.revision,
        savedAt: r.savedAt.toISOString(),
      })),
    }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/applications/:id/revisions/:revision/diff',
    schema: {
      tags,
      summary: 'What a revision changed, against the one before (or `against`)',
      params: idParams.extend({ revision: z.coerce.number().int().min(1) }),
      querystring: z.object({ against: z.coerce.number().int().min(1).optional() }),
      response: {
        200: z.object({
          from: z.number().nullable(),
          to: z.number(),
          changes: z.array(changeSchema),
        }),
        ...errors,
      },
    },
    policy: applicationPolicies.read,
    handler: async (req) => {
      const to = await repos.applications.findRevision(req.params.id, req.params.revision);
      if (!to) throw notFound();
      const fromRevision = req.query.against ?? req.params.revision - 1;
      const from =
        fromRevision >= 1 ? await repos.applications.findRevision(req.params.id, fromRevision) : undefined;
      return {
        from: from?.revision ?? null,
        to: to.revision,
        changes: diffValues(from?.content ?? {}, to.content),
      };
    },
  });
}
