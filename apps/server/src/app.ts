import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Deps } from './composition-root';
import { registerErrorHandling, sendError } from './http/error-handler';
import { registerRoutePipeline } from './http/route-pipeline';
import { registerAdminRoutes } from './modules/admin/admin.routes';
import { registerApplicationRoutes } from './modules/applications/application.routes';
import { registerApplicationDocumentRoutes } from './modules/applications/application-documents.routes';
import { registerAttachmentRoutes } from './modules/applications/attachment.routes';
import { registerEligibilityRoutes } from './modules/applications/eligibility.routes';
import { registerAuthRoutes } from './modules/auth/auth.routes';
import { registerOidcRoutes } from './modules/auth/oidc.routes';
import { registerCatalogueRoutes } from './modules/catalogue/catalogue.routes';
import { registerCatalogueAuthoringRoutes } from './modules/catalogue/catalogue-authoring.routes';
import { registerFormalReviewRoutes } from './modules/formal-review/formal-review.routes';
import { registerHealthRoutes } from './modules/health/health.routes';
import { registerOutboxRoutes } from './modules/mail/outbox.routes';
import { registerNotificationRoutes } from './modules/notifications/notification.routes';
import { registerOfficeDashboardRoutes } from './modules/office-dashboard/office-dashboard.routes';
import { registerOrganisationRoutes } from './modules/organisations/organisation.routes';
import { registerRecommendationRoutes } from './modules/recommendations/recommendation.routes';
import { registerRecommendationBatchRoutes } from './modules/recommendations/recommendation-batch.routes';
import { registerRecommendationListExportRoutes } from './modules/recommendations/recommendation-list-export.routes';
import { registerRegionRoutes } from './modules/regions/region.routes';
import { registerMeRoutes } from './modules/users/me.routes';

const defaultWebDist = new URL('../../web/dist', import.meta.url).pathname;

/** Builds the HTTP application: plugins, the route pipeline, every module's routes, and the web app. */
export async function buildApp(deps: Deps, options: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    ajv: { customOptions: { coerceTypes: false } },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.uploads.maxBytes + 1, files: 1, fields: 10, parts: 12 },
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: '雁阵 Yanzhen API',
        version: '1',
        description: 'Government S&T funding programmes, end to end.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  registerErrorHandling(app);
  registerRoutePipeline(app, deps);
  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, deps);
  registerOidcRoutes(app, deps);
  registerMeRoutes(app, deps);
  registerOrganisationRoutes(app, deps);
  registerRegionRoutes(app);
  registerCatalogueRoutes(app, deps);
  registerCatalogueAuthoringRoutes(app, deps);
  registerApplicationRoutes(app, deps);
  registerEligibilityRoutes(app, deps);
  registerAttachmentRoutes(app, deps);
  registerApplicationDocumentRoutes(app, deps);
  registerRecommendationRoutes(app, deps);
  registerRecommendationBatchRoutes(app, deps);
  registerFormalReviewRoutes(app, deps);
  registerRecommendationListExportRoutes(app, deps);
  registerOfficeDashboardRoutes(app, deps);
  registerAdminRoutes(app, deps);
  registerOutboxRoutes(app, deps);
  registerNotificationRoutes(app, deps);

  await registerWebApp(app, resolve(config.webDist ?? defaultWebDist));
  return app;
}

/** The built web app on the same port; any non-API path falls back to index.html (client-side routes). */
async function registerWebApp(app: FastifyInstance, dist: string) {
  const hasBuild = existsSync(resolve(dist, 'index.html'));
  if (hasBuild) await app.register(fastifyStatic, { root: dist, wildcard: false });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api') || req.method !== 'GET') {
      return sendError(reply, 404, 'not_found', {});
    }
    if (!hasBuild) {
      return reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><meta charset="utf-8"><p>雁阵 Yanzhen: the web app is not built. Run <code>npm run build:web</code>.</p>',
        );
    }
    return reply.sendFile('index.html');
  });
}
