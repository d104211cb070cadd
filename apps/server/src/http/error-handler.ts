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

const zhIssues = z.locales.zhCN().localeError;
const enIssues = z.locales.en().localeError;
/** Our own field messages, in Chinese. */
const zhCustom: Record<string, string> = {
  required: '必填',
  'at least 10 characters': '至少 10 个字符',
  'invalid e-mail address': '邮箱格式不正确',
  'a six-digit region code': '应为六位行政区划代码',
  'expected YYYY-MM-DD': '日期格式应为 YYYY-MM-DD',
  'not a direction of this call': '不是本通知的指南方向',
};

/**
 * Field messages follow the request's language: zod's own messages are re-rendered with its zh-CN locale, ours
 * are looked up; anything else stays as written.
 */
export function localiseIssueMessage(
  issue: { code: string; message?: string } & Record<string, unknown>,
  locale: Locale,
) {
  const message = issue.message ?? 'invalid';
  if (locale === 'en-US') return message;
  if (zhCustom[message]) return zhCustom[message];
  const asIssue = issue as unknown as Parameters<typeof enIssues>[0];
  const en = enIssues(asIssue);
  const enText = typeof en === 'string' ? en : en?.message;
  // zod's messages name the received type, which the stored issue no longer carries: compare without it
  const bare = (text: string | undefined) => text?.replace(/, received \w+$/, '');
  if (bare(enText) !== bare(message)) return message;
  const zh = zhIssues(asIssue);
  const zhText = typeof zh === 'string' ? zh : zh?.message;
  return zhText ? zhText.replace(/，实际接收 undefined$/, '') : message;
}

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
      const locale = requestLocale(req);
      const details = err.validation.map((v) => ({
        path: [String(err.validationContext ?? ''), ...(v.instancePath.split('/').filter(Boolean) ?? [])]
          .filter((p) => p && p !== 'body')
          .join('.'),
        message: localiseIssueMessage({ code: v.keyword, message: v.message, ...v.params }, locale),
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
