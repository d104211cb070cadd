import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../composition-root';
import { defineRoute, type Policy } from '../../http/route';

/** The development outbox is public so that a developer can follow a reset link; it does not exist in production. */
const devOnlyPolicy: Policy = { name: 'devOutbox', authenticated: false, allow: () => true };

export function registerOutboxRoutes(app: FastifyInstance, deps: Deps) {
  if (deps.config.isProduction) return;
  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/dev/outbox',
    policy: devOnlyPolicy,
    schema: {
      tags: ['development'],
      summary: 'E-mails the platform would have sent (development only)',
      response: {
        200: z.object({
          items: z.array(
            z.object({
              id: z.number(),
              to: z.string(),
              subject: z.string(),
              text: z.string(),
              createdAt: z.string(),
            }),
          ),
        }),
      },
    },
    handler: async () => ({
      items: (await deps.repos.outbox.list()).map((m) => ({
        id: m.id,
        to: m.to,
        subject: m.subject,
        text: m.text,
        createdAt: m.createdAt.toISOString(),
      })),
    }),
  });
}
