import { localeSchema } from '@yanzhen/domain';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../composition-root';
import { errorBodySchema } from '../../http/error-handler';
import { signedInPolicy } from '../../http/policies';
import { defineRoute } from '../../http/route';
import { passwordSchema } from '../auth/auth.schema';
import { meSchema, presentMe } from './me.presenter';

const tags = ['me'];

export function registerMeRoutes(app: FastifyInstance, deps: Deps) {
  const { repos } = deps;

  defineRoute(app, {
    method: 'PATCH',
    url: '/api/v1/me',
    schema: {
      tags,
      summary: 'Update my name, phone or language',
      body: z.object({
        name: z.string().trim().min(1).max(100).optional(),
        phone: z.string().trim().max(40).nullable().optional(),
        locale: localeSchema.optional(),
      }),
      response: { 200: meSchema, 400: errorBodySchema },
    },
    policy: signedInPolicy,
    handler: async (req) => {
      const user = await repos.users.update(req.ctx.actor!.userId, req.body);
      const org = user.organisationId ? await repos.organisations.findById(user.organisationId) : undefined;
      return presentMe(user, await repos.users.rolesOf(user.id), org);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/me/password',
    schema: {
      tags,
      summary: 'Change my password (signs out my other sessions)',
      body: z.object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema }),
      response: { 204: z.null(), 400: errorBodySchema },
    },
    policy: signedInPolicy,
    handler: async (req, reply) => {
      const { actor, sessionId } = req.ctx;
      await deps.services.auth.changePassword(
        actor!.userId,
        sessionId!,
        req.body.currentPassword,
        req.body.newPassword,
        req.ip,
      );
      return reply.status(204).send();
    },
  });
}
