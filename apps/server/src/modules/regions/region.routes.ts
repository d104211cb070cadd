import { regions } from '@yanzhen/domain';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { publicPolicy } from '../../http/policies';
import { defineRoute } from '../../http/route';

const regionSchema = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  level: z.enum(['province', 'city', 'county']),
  parentCode: z.string().nullable(),
  isMountainCounty: z.boolean(),
  isIslandCounty: z.boolean(),
});

export function registerRegionRoutes(app: FastifyInstance) {
  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/regions',
    schema: {
      tags: ['regions'],
      summary: "Zhejiang's cities and counties, with the mountain-county and island-county flags",
      response: { 200: z.object({ items: z.array(regionSchema) }) },
    },
    policy: publicPolicy,
    handler: async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return { items: regions };
    },
  });
}
