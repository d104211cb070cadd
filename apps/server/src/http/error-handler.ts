import { type ErrorCode, formatErrorMessage, type Locale } from '@yanzhen/domain';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from './app-error';

export const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
});

/** zh-CN unless the client prefers English. */
export function requestLocale(req: FastifyRequest): Locale {
  const header = String(req.headers['accept-language'] ?? '');
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en-US' : 'zh-CN';
}

export function sendError(
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  params: Record<string, string | number>,
  details?: unknown,
) {
  const body: z.infer<typeof errorBodySchema> = {
    code,
    message: formatErrorMessage(code, requestLocale(reply.request), params),
  };
  if (details !== undefined) body.details = details;
  return reply.status(status).type('application/json').send(JSON.stringify(body));
}

/** The one error format of the API: `{code, message, details}`. Client mistakes are 4xx, never 500. */
export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) return sendError(reply, err.statusCode, err.code, err.params, err.details);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        path: [String(err.validationContext ?? ''), ...(v.instancePath.split('/').filter(Boolean) ?? [])]
          .filter((p) => p && p !== 'body')
          .join('.'),
        message: v.message ?? 'invalid',
      }));
      return sendError(reply, 400, 'validation_failed', {}, details);
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err }, 'response did not match its schema');
      return sendError(reply, 500, 'internal_error', { requestId: req.id });
    }
    const status = err.statusCode ?? 500;
    if (status === 415) return sendError(reply, 415, 'unsupported_media_type', {});
    if (status === 413) return sendError(reply, 413, 'payload_too_large', {});
    if (status === 429) return sendError(reply, 429, 'rate_limited', {});
    if (status >= 400 && status < 500)
      return sendError(reply, status, 'malformed_request', { reason: err.message });
    req.log.error({ err }, 'unhandled error');
    return sendError(reply, 500, 'internal_error', { requestId: req.id });
  });
}
