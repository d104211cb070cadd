import { diffValues } from '@yanzhen/domain';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../composition-root';
import { notFound } from '../../http/app-error';
import { changeSchema } from '../../http/change.presenter';
import { errorBodySchema } from '../../http/error-handler';
import { defineRoute } from '../../http/route';
import { cataloguePolicies } from './catalogue.policy';

const tags = ['catalogue authoring'];
const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};
const callIdParams = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/) });
const versionResult = z.object({ id: z.string(), version: z.number() });

/** Programme officers create calls, edit their guide trees and rules, and publish; published edits are new versions. */
export function registerCatalogueAuthoringRoutes(app: FastifyInstance, deps: Deps) {
  const { catalogue } = deps.services;

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/calls',
    bodyLimit: 4 * 1024 * 1024,
    schema: {
      tags,
      summary: 'Create a call as a draft (the content follows the catalogue schema)',
      body: z.object({ content: z.record(z.string(), z.unknown()) }),
      response: { 201: versionResult, ...errors },
    },
    policy: cataloguePolicies.author,
    handler: async (req, reply) => {
      const id = await catalogue.createCall(req.body.content, req.ctx.actor!.userId);
      return reply.status(201).send({ id, version: 1 });
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/v1/calls/:id',
    bodyLimit: 4 * 1024 * 1024,
    schema: {
      tags,
      summary: 'Save a call: a draft in place, a published call as a new version',
      params: callIdParams,
      body: z.object({
        content: z.record(z.string(), z.unknown()),
        note: z.string().trim().max(500).optional(),
      }),
      response: { 200: versionResult, ...errors },
    },
    policy: cataloguePolicies.authorCall,
    handler: async (req) => ({
      id: req.params.id,
      version: await catalogue.updateCall(
        req.params.id,
        req.body.content,
        req.ctx.actor!.userId,
        req.body.note,
      ),
    }),
  });

  for (const [action, status] of [
    ['publish', 'published'],
    ['withdraw', 'withdrawn'],
  ] as const) {
    defineRoute(app, {
      method: 'POST',
      url: `/api/v1/calls/:id/${action}`,
      schema: {
        tags,
        summary: action === 'publish' ? 'Publish a call' : 'Withdraw a published call',
        params: callIdParams,
        response: { 200: versionResult, ...errors },
      },
      policy: cataloguePolicies.authorCall,
      handler: async (req) => ({
        id: req.params.id,
        version: await catalogue.setStatus(req.params.id, status, req.ctx.actor!.userId),
      }),
    });
  }

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/calls/:id/versions',
    schema: {
      tags,
      summary: 'The versions of a call, newest first',
      params: callIdParams,
      response: {
        200: z.object({
          items: z.array(
            z.object({
              version: z.number(),
              status: z.string(),
              note: z.string().nullable(),
              createdAt: z.string(),
            }),
          ),
        }),
        ...errors,
      },
    },
    policy: cataloguePolicies.authorCall,
    handler: async (req) => ({
      items: (await deps.repos.catalogue.listVersions(req.params.id)).map((v) => ({
        version: v.version,
        status: v.status,
        note: v.note,
        createdAt: v.createdAt.toISOString(),
      })),
    }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/calls/:id/versions/:version/diff',
    schema: {
      tags,
      summary: 'What changed in a version, against the previous one (or the version given as `against`)',
      params: callIdParams.extend({ version: z.coerce.number().int().min(1) }),
      querystring: z.object({ against: z.coerce.number().int().min(1).optional() }),
      response: {
        200: z.object({ from: z.number().nullable(), to: z.number(), changes: z.array(changeSchema) }),
        ...errors,
      },
    },
    policy: cataloguePolicies.authorCall,
    handler: async (req) => {
      const to = await deps.repos.catalogue.findVersion(req.params.id, req.params.version);
      if (!to) throw notFound();
      const fromVersion = req.query.against ?? req.params.version - 1;
      const from =
        fromVersion >= 1 ? await deps.repos.catalogue.findVersion(req.params.id, fromVersion) : undefined;
      if (req.query.against && !from) throw notFound();
      return {
        from: from?.version ?? null,
        to: to.version,
        changes: diffValues(from?.content ?? {}, to.content),
      };
    },
  });
}
