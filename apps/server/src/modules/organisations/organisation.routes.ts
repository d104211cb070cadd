import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../composition-root';
import { errorBodySchema } from '../../http/error-handler';
import { publicPolicy } from '../../http/policies';
import { defineRoute } from '../../http/route';
import { organisationPolicies } from './organisation.policy';
import {
  directoryEntrySchema,
  memberSchema,
  organisationViewSchema,
  presentDirectoryEntry,
  presentMember,
  presentOrganisation,
} from './organisation.presenter';

const tags = ['organisations'];
const idParams = z.object({ id: z.uuid() });
const memberParams = z.object({ id: z.uuid(), userId: z.uuid() });
const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

export function registerOrganisationRoutes(app: FastifyInstance, deps: Deps) {
  const { repos } = deps;
  const { organisations } = deps.services;

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/organisations/directory',
    schema: {
      tags,
      summary: 'Verified organisations by name, for people who want to join one',
      querystring: z.object({ q: z.string().trim().min(1).max(100) }),
      response: { 200: z.object({ items: z.array(directoryEntrySchema) }), 400: errorBodySchema },
    },
    policy: publicPolicy,
    handler: async (req) => ({
      items: (await repos.organisations.directory(req.query.q)).map(presentDirectoryEntry),
    }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/organisations/:id',
    schema: {
      tags,
      summary: 'One organisation',
      params: idParams,
      response: { 200: organisationViewSchema, ...errors },
    },
    policy: organisationPolicies.read,
    handler: async (req) => presentOrganisation(req.ctx.resource),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/organisations/:id/members',
    schema: {
      tags,
      summary: "The organisation's people and their membership status",
      params: idParams,
      response: { 200: z.object({ items: z.array(memberSchema) }), ...errors },
    },
    policy: organisationPolicies.manageMembers,
    handler: async (req) => {
      const members = await repos.users.listByOrganisation(req.ctx.resource.id);
      const roles = await repos.users.rolesOfMany(members.map((m) => m.id));
      return { items: members.map((m) => presentMember(m, roles.get(m.id) ?? [])) };
    },
  });

  for (const decision of ['approve', 'reject'] as const) {
    defineRoute(app, {
      method: 'POST',
      url: `/api/v1/organisations/:id/members/:userId/${decision}`,
      schema: {
        tags,
        summary: decision === 'approve' ? 'Admit a person to the organisation' : 'Decline a request to join',
        params: memberParams,
        body: z.object({ reason: z.string().trim().max(500).optional() }).nullish(),
        response: { 200: memberSchema, ...errors },
      },
      policy: organisationPolicies.manageMembers,
      handler: async (req) => {
        const { resource: org, actor } = req.ctx;
        const updated =
          decision === 'approve'
            ? await organisations.approveMember(org, req.params.userId, actor!)
            : await organisations.rejectMember(org, req.params.userId, actor!, req.body?.reason);
        return presentMember(updated, await repos.users.rolesOf(updated.id));
      },
    });
  }

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/verification/organisations',
    schema: {
      tags,
      summary: 'Organisations in my jurisdiction, by verification status',
      querystring: z.object({ status: z.enum(['pending', 'verified', 'rejected']).optional() }),
      response: { 200: z.object({ items: z.array(organisationViewSchema) }), ...errors },
    },
    policy: organisationPolicies.listForVerification,
    handler: async (req) => ({
      items: (await organisations.listForVerification(req.ctx.actor!, req.query.status)).map(
        presentOrganisation,
      ),
    }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/organisations/:id/verification',
    schema: {
      tags,
      summary: 'Verify an organisation, or reject it with a reason',
      params: idParams,
      body: z.object({
        decision: z.enum(['verified', 'rejected']),
        reason: z.string().trim().max(500).optional(),
      }),
      response: { 200: organisationViewSchema, ...errors },
    },
    policy: organisationPolicies.verify,
    handler: async (req) =>
      presentOrganisation(
        await organisations.verify(req.ctx.resource, req.ctx.actor!, req.body.decision, req.body.reason),
      ),
  });
}
