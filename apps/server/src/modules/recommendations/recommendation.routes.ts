import { hasRole, regionDisplayName, statesVisibleTo } from '@yanzhen/domain';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../composition-root';
import { notFound } from '../../http/app-error';
import { errorBodySchema } from '../../http/error-handler';
import { defineRoute, type Policy } from '../../http/route';
import { applicationPolicies } from '../applications/application.policy';
import { applicationViewSchema, presentApplication, stateOf } from '../applications/application.presenter';

const tags = ['recommendations'];
const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};
const idParams = z.object({ id: z.uuid() });
const counterSchema = z.object({
  quotaIndex: z.number(),
  scope: z.string(),
  holder: z.string(),
  limit: z.number().nullable(),
  moneyCapWan: z.number().nullable(),
  used: z.number(),
  usedWan: z.number(),
  left: z.number().nullable(),
  excludedFromQuota: z.boolean(),
  quote: z.string(),
});
/** The states of the recommender's workspace list: approved by the organisation, and everything after. */
export const workspaceStates = statesVisibleTo('recommender');

/** The most applications the workspace list holds at once (newest first); the answer says when there were more. */
export const workspaceListLimit = 5000;

const recommenderPolicy: Policy = {
  name: 'recommendation.workspace',
  authenticated: true,
  allow: (actor) => hasRole(actor, 'recommender'),
};

export function registerRecommendationRoutes(app: FastifyInstance, deps: Deps) {
  const { repos } = deps;
  const service = deps.services.recommendations;

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/recommendations',
    schema: {
      tags,
      summary:
        'The recommender workspace: applications in my jurisdiction that have left their organisation, and my quotas',
      querystring: z.object({
        callId: z.string().max(100).optional(),
        state: z.enum(workspaceStates).optional(),
      }),
      response: {
        200: z.object({
          items: z.array(
            z.object({
              id: z.string(),
              callId: z.string(),
              directionCode: z.string(),
              title: z.string(),
              state: applicationViewSchema.shape.state,
              organisation: z.object({ id: z.string(), name: z.string(), regionName: z.string().nullable() }),
              publicFundingWan: z.number().nullable(),
              recommendedByMe: z.boolean(),
              recommendedIncentive: z.boolean(),
              recommendedAt: z.string().nullable(),
            }),
          ),
          counters: z.array(counterSchema),
          /** more applications match than the list holds: narrow it (by call or state) to see them all */
          truncated: z.boolean(),
        }),
        ...errors,
      },
    },
    policy: recommenderPolicy,
    handler: async (req) => {
      const actor = req.ctx.actor!;
      const found = await repos.recommendations.listInJurisdiction(
        actor.jurisdiction,
        { callId: req.query.callId, states: req.query.state ? [req.query.state] : [...workspaceStates] },
        workspaceListLimit + 1,
      );
      const rows = found.slice(0, workspaceListLimit);
      const body = await repos.organisations.findById(actor.organisationId!);
      if (!body) throw notFound();
      const counters = req.query.callId ? await service.counters(req.query.callId, body, repos) : [];
      return {
        items: rows.map((r) => ({
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
          publicFundingWan: r.publicFundingWan,
          recommendedByMe: r.recommenderOrganisationId === body.id,
          recommendedIncentive: r.recommendedIncentive,
          recommendedAt: r.recommendedAt?.toISOString() ?? null,
        })),
        counters,
        truncated: found.length > workspaceListLimit,
      };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/applications/:id/recommend',
    schema: {
      tags,
      summary: 'Recommend an application (quotas and the recommendation deadline are enforced)',
      params: idParams,
      body: z
        .object({ incentive: z.boolean().optional(), comment: z.string().trim().max(2000).optional() })
        .nullish(),
      response: { 200: applicationViewSchema, ...errors },
    },
    policy: applicationPolicies.recommend,
    handler: async (req) => {
      await service.recommend(
        req.params.id,
        req.ctx.actor!,
        req.body?.incentive ?? false,
        req.body?.comment ?? null,
      );
      return presentApplication(
        (await repos.applications.findById(req.params.id))!,
        req.ctx.actor,
        req.ctx.resource.subject.organisationRegionCode,
      );
    },
  });

  for (const [path, name, summary] of [
    ['recommender-return', 'recommenderReturn', 'Return to the applicant with reasons'],
    ['recommender-reject', 'recommenderReject', 'Decline to recommend, with reasons'],
  ] as const) {
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
      policy: applicationPolicies.recommend,
      handler: async (req) => {
        await service.returnOrReject(req.params.id, name, req.ctx.actor!, req.body?.reason ?? null);
        return presentApplication(
          (await repos.applications.findById(req.params.id))!,
          req.ctx.actor,
          req.ctx.resource.subject.organisationRegionCode,
        );
      },
    });
  }
}
