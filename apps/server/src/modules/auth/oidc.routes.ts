import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../composition-root';
import { AppError } from '../../http/app-error';
import { errorBodySchema } from '../../http/error-handler';
import { publicPolicy } from '../../http/policies';
import { requestMeta, setSessionCookie } from '../../http/request-meta';
import { defineRoute } from '../../http/route';

const tags = ['auth'];

export function registerOidcRoutes(app: FastifyInstance, deps: Deps) {
  const sso = deps.services.oidc;

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/auth/oidc',
    schema: {
      tags,
      summary: 'Whether single sign-on is offered, and its label',
      response: { 200: z.object({ enabled: z.boolean(), label: z.string().nullable() }) },
    },
    policy: publicPolicy,
    handler: async () => ({ enabled: !!sso, label: sso?.label ?? null }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/auth/oidc/start',
    schema: {
      tags,
      summary: 'Redirect to the identity provider',
      response: { 302: z.null(), 404: errorBodySchema },
    },
    policy: publicPolicy,
    handler: async (_req, reply) => {
      if (!sso) throw new AppError('sso_unavailable', 404);
      return reply.redirect(await sso.start(), 302);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/auth/oidc/callback',
    schema: {
      tags,
      summary: "The identity provider's redirect back; signs in and goes to the home page",
      querystring: z
        .object({ state: z.string().max(500).optional(), code: z.string().max(4000).optional() })
        .catchall(z.string().max(4000)),
      response: { 302: z.null(), 400: errorBodySchema, 404: errorBodySchema },
    },
    policy: publicPolicy,
    handler: async (req, reply) => {
      if (!sso) throw new AppError('sso_unavailable', 404);
      const session = await sso.finish(req.query as Record<string, string>, requestMeta(req));
      if (!session) return reply.redirect('/login?sso=unknown', 302);
      setSessionCookie(reply, deps.config, session.token);
      return reply.redirect('/', 302);
    },
  });
}
