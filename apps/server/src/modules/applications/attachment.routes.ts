import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../composition-root';
import { AppError } from '../../http/app-error';
import { errorBodySchema, requestLocale } from '../../http/error-handler';
import { defineRoute } from '../../http/route';
import { applicationPolicies } from './application.policy';
import type { AttachmentRow } from './application.repository';

const tags = ['attachments'];
const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  413: errorBodySchema,
};
const idParams = z.object({ id: z.uuid() });
const attachmentParams = idParams.extend({ attachmentId: z.uuid() });
export const attachmentViewSchema = z.object({
  id: z.string(),
  code: z.string(),
  scopeKind: z.string().nullable(),
  scopeKey: z.string().nullable(),
  signedOn: z.string().nullable(),
  fileName: z.string(),
  size: z.number(),
  sha256: z.string(),
  contentType: z.string(),
  scanStatus: z.string(),
  createdAt: z.string(),
});
const fieldsSchema = z.object({
  code: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,60}$/, 'an attachment code such as cooperationAgreement'),
  scopeKind: z.enum(['organisation', 'person']).optional(),
  scopeKey: z.string().min(1).max(60).optional(),
  signedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
    .optional(),
});

export const presentAttachment = (a: AttachmentRow): z.infer<typeof attachmentViewSchema> => ({
  id: a.id,
  code: a.code,
  scopeKind: a.scopeKind,
  scopeKey: a.scopeKey,
  signedOn: a.signedOn,
  fileName: a.fileName,
  size: a.size,
  sha256: a.sha256,
  contentType: a.contentType,
  scanStatus: a.scanStatus,
  createdAt: a.createdAt.toISOString(),
});

/** RFC 6266 / 5987: an ASCII fallback and the UTF-8 name, so Chinese file names survive. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function registerAttachmentRoutes(app: FastifyInstance, deps: Deps) {
  const service = deps.services.attachments;

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/applications/:id/attachments',
    bodyLimit: deps.config.uploads.maxBytes + 64 * 1024,
    schema: {
      tags,
      summary:
        'Upload an attachment (multipart/form-data: code, scopeKind?, scopeKey?, signedOn?, then file). Identified by content; hostile files are refused with a reason.',
      consumes: ['multipart/form-data'],
      params: idParams,
      response: { 201: attachmentViewSchema, ...errors },
    },
    policy: applicationPolicies.edit,
    handler: async (req, reply) => {
      if (!req.isMultipart()) throw new AppError('unsupported_media_type', 415);
      const fields: Record<string, string> = {};
      let file: { fileName: string; bytes: Buffer } | null = null;
      for await (const part of req.parts({
        limits: { fileSize: deps.config.uploads.maxBytes + 1, files: 1, fields: 10 },
      })) {
        if (part.type === 'file') {
          const bytes = await part.toBuffer();
          if (part.file.truncated) {
            throw new AppError('attachment_rejected', 413, {
              reason:
                requestLocale(req) === 'zh-CN'
                  ? `文件超过 ${deps.config.uploads.maxBytes / 1048576} MB`
                  : `the file exceeds ${deps.config.uploads.maxBytes / 1048576} MB`,
            });
          }
          file = { fileName: part.filename ?? '', bytes };
        } else {
          fields[part.fieldname] = String(part.value ?? '');
        }
      }
      const parsed = fieldsSchema.safeParse(fields);
      if (!parsed.success) {
        throw new AppError(
          'validation_failed',
          400,
          {},
          parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        );
      }
      if (!file) throw new AppError('validation_failed', 400, {}, [{ path: 'file', message: 'required' }]);
      const row = await service.upload(
        req.params.id,
        {
          code: parsed.data.code,
          scopeKind: parsed.data.scopeKind ?? null,
          scopeKey: parsed.data.scopeKey ?? null,
          signedOn: parsed.data.signedOn ?? null,
          fileName: file.fileName,
          bytes: file.bytes,
        },
        req.ctx.actor!.userId,
        requestLocale(req),
      );
      return reply.status(201).send(presentAttachment(row));
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/applications/:id/attachments',
    schema: {
      tags,
      summary: "The application's attachments",
      params: idParams,
      response: { 200: z.object({ items: z.array(attachmentViewSchema) }), ...errors },
    },
    policy: applicationPolicies.read,
    handler: async (req) => ({
      items: (await deps.repos.applications.listAttachments(req.params.id)).map(presentAttachment),
    }),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/applications/:id/attachments/:attachmentId/file',
    schema: {
      tags,
      summary: 'Download an attachment (only for those who may read the application)',
      params: attachmentParams,
      response: { 200: z.any(), ...errors },
    },
    policy: applicationPolicies.read,
    handler: async (req, reply) => {
      const { row, bytes } = await service.read(req.params.id, req.params.attachmentId);
      return reply
        .type(row.contentType)
        .header('content-disposition', contentDisposition(row.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store')
        .send(bytes);
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/api/v1/applications/:id/attachments/:attachmentId',
    schema: {
      tags,
      summary: 'Remove an attachment while the application is editable',
      params: attachmentParams,
      response: { 204: z.null(), ...errors },
    },
    policy: applicationPolicies.edit,
    handler: async (req, reply) => {
      await service.remove(req.params.id, req.params.attachmentId);
      return reply.status(204).send();
    },
  });
}
