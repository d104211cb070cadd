import { hasRole } from '@yanzhen/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../composition-root';
import { AppError, notFound } from '../../http/app-error';
import { errorBodySchema, requestLocale } from '../../http/error-handler';
import { defineRoute, type Policy } from '../../http/route';
import type { OrganisationRow } from '../organisations/organisation.repository';

const tags = ['recommendations'];
const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};
const callQuery = z.object({ callId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/) });
const batchSchema = z.object({
  callId: z.string(),
  recommended: z.number(),
  letterGeneratedAt: z.string().nullable(),
  summaryGeneratedAt: z.string().nullable(),
  scan: z.object({ fileName: z.string(), sha256: z.string(), uploadedAt: z.string() }).nullable(),
  sentAt: z.string().nullable(),
});

/** The recommending body the person works for, loaded for the batch routes. */
const recommenderBody: Policy<OrganisationRow> = {
  name: 'recommendation.batch',
  authenticated: true,
  load: async (req: FastifyRequest, deps: Deps) => {
    const id = req.ctx.actor?.organisationId;
    const body = id ? await deps.repos.organisations.findById(id) : undefined;
    if (!body) throw notFound();
    return body;
  },
  allow: (actor) => hasRole(actor, 'recommender'),
};

const file = (reply: import('fastify').FastifyReply, type: string, name: string, bytes: Buffer) =>
  reply
    .type(type)
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('cache-control', 'private, no-store')
    .send(bytes);

export function registerRecommendationBatchRoutes(app: FastifyInstance, deps: Deps) {
  const batches = deps.services.recommendationBatches;

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/recommendations/batch',
    schema: {
      tags,
      summary: 'My batch for a call: letter, summary table, stamped scan, sent',
      querystring: callQuery,
      response: { 200: batchSchema, ...errors },
    },
    policy: recommenderBody,
    handler: async (req) => batches.status(req.query.callId, req.ctx.resource),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/recommendations/summary.xlsx',
    schema: {
      tags,
      summary: '推荐汇总表: what I recommended in a call, as xlsx',
      querystring: callQuery,
      response: { 200: z.any(), ...errors },
    },
    policy: recommenderBody,
    handler: async (req, reply) =>
      file(
        reply,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        `recommendation-summary-${req.query.callId}.xlsx`,
        await batches.summaryXlsx(req.query.callId, req.ctx.resource),
      ),
  });

  for (const format of ['docx', 'pdf'] as const) {
    defineRoute(app, {
      method: 'GET',
      url: `/api/v1/recommendations/letter.${format}`,
      schema: {
        tags,
        summary: `推荐函 (recommendation letter) as ${format.toUpperCase()}`,
        querystring: callQuery,
        response: { 200: z.any(), ...errors },
      },
      policy: recommenderBody,
      handler: async (req, reply) => {
        const me = await deps.repos.users.findById(req.ctx.actor!.userId);
        const bytes = await batches.letter(req.query.callId, req.ctx.resource, format, {
          name: me?.name ?? '',
          phone: me?.phone ?? req.ctx.resource.contactPhone ?? '',
        });
        const type =
          format === 'pdf'
            ? 'application/pdf'
            : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
        return file(reply, type, `recommendation-letter-${req.query.callId}.${format}`, bytes);
      },
    });
  }

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/recommendations/batch/scan',
    bodyLimit: deps.config.uploads.maxBytes + 64 * 1024,
    schema: {
      tags,
      summary:
        'Upload the stamped scan of the letter and summary (multipart/form-data, field file: PDF, JPEG, PNG or OFD)',
      consumes: ['multipart/form-data'],
      querystring: callQuery,
      response: { 200: batchSchema, ...errors },
    },
    policy: recommenderBody,
    handler: async (req) => {
      if (!req.isMultipart()) throw new AppError('unsupported_media_type', 415);
      const part = await req.file({ limits: { fileSize: deps.config.uploads.maxBytes + 1, files: 1 } });
      if (!part) throw new AppError('validation_failed', 400, {}, [{ path: 'file', message: 'required' }]);
      const bytes = await part.toBuffer();
      if (part.file.truncated) throw new AppError('payload_too_large', 413);
      await batches.uploadScan(
        req.query.callId,
        req.ctx.resource,
        { fileName: part.filename ?? '', bytes },
        deps.config.uploads.maxBytes,
        requestLocale(req),
      );
      return batches.status(req.query.callId, req.ctx.resource);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/recommendations/batch/send',
    schema: {
      tags,
      summary: 'Send the batch (only with letter, summary and scan, before the deadline)',
      body: callQuery,
      response: { 200: batchSchema, ...errors },
    },
    policy: recommenderBody,
    handler: async (req) => {
      await batches.send(req.body.callId, req.ctx.resource, req.ctx.actor!.userId);
      return batches.status(req.body.callId, req.ctx.resource);
    },
  });
}
