import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../composition-root';
import { errorBodySchema } from '../../http/error-handler';
import { defineRoute } from '../../http/route';
import { officeDashboardPolicy } from './office-dashboard.policy';
import { dashboardSchema, officeListSchema } from './office-dashboard.presenter';
import { dashboardQuerySchema, listFiltersSchema, listQuerySchema } from './office-dashboard.schema';
import { sendXlsx } from './xlsx-response';

const tags = ['office'];
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema };
const callOptionSchema = z.object({ id: z.string(), title: z.string(), year: z.number() });

export function registerOfficeDashboardRoutes(app: FastifyInstance, deps: Deps) {
  const service = deps.services.officeDashboard;

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/office/dashboard',
    schema: {
      tags,
      summary:
        'The programme office overview of one call (or all): counts by state, city, recommender, country, field; requested against planned funding',
      querystring: dashboardQuerySchema,
      response: { 200: dashboardSchema.extend({ calls: z.array(callOptionSchema) }), ...errors },
    },
    policy: officeDashboardPolicy,
    handler: async (req) => {
      const [view, calls] = await Promise.all([service.overview(req.query.callId), service.calls()]);
      return { ...view, calls };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/office/dashboard.xlsx',
    schema: {
      tags,
      summary: 'The overview tables as xlsx (bilingual headers)',
      querystring: dashboardQuerySchema,
      response: { 200: z.any(), ...errors },
    },
    policy: officeDashboardPolicy,
    handler: async (req, reply) =>
      sendXlsx(
        reply,
        `office-dashboard-${req.query.callId ?? 'all'}.xlsx`,
        await service.dashboardXlsx(req.query.callId),
      ),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/office/applications',
    schema: {
      tags,
      summary: 'Applications recommended to the office, filtered and paginated',
      querystring: listQuerySchema,
      response: { 200: officeListSchema, ...errors },
    },
    policy: officeDashboardPolicy,
    handler: async (req) => service.list(req.query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/office/applications.xlsx',
    schema: {
      tags,
      summary: 'Every application matching the list filters, as xlsx (bilingual headers, Beijing times)',
      querystring: listFiltersSchema,
      response: { 200: z.any(), ...errors },
    },
    policy: officeDashboardPolicy,
    handler: async (req, reply) =>
      sendXlsx(reply, `office-applications-${req.query.callId ?? 'all'}.xlsx`, service.listXlsx(req.query)),
  });
}
