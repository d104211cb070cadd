import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../composition-root';
import { publicPolicy } from '../../http/policies';
import { defineRoute } from '../../http/route';

export function registerHealthRoutes(app: FastifyInstance, deps: Deps) {
  defineRoute(app, {
    method: 'GET',
    url: '/api/health',
    schema: {
      tags: ['health'],
      summary: 'The process is alive',
      response: { 200: z.object({ status: z.literal('ok') }) },
    },
    policy: publicPolicy,
    handler: async () => ({ status: 'ok' as const }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/ready',
    schema: {
      tags: ['health'],
      summary: 'The process can serve: the database answers',
      response: {
        200: z.object({ status: z.literal('ready'), database: z.enum(['embedded', 'server']) }),
        503: z.object({ status: z.literal('unavailable'), database: z.enum(['embedded', 'server']) }),
      },
    },
    policy: publicPolicy,
    handler: async (_req, reply) => {
      try {
        await deps.database.db.execute(sql`select 1`);
        return { status: 'ready' as const, database: deps.database.kind };
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const, database: deps.database.kind });
      }
    },
  });
}
