import type { ErrorCode } from '@yanzhen/domain';

/** An error the API reports to the client: a code from the domain's error catalogue, an HTTP status, details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly statusCode: number,
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(code);
  }
}

export const notFound = () => new AppError('not_found', 404);
export const forbidden = () => new AppError('forbidden', 403);
export const unauthenticated = () => new AppError('unauthenticated', 401);
export const conflict = (code: ErrorCode = 'conflict', details?: unknown) =>
  new AppError(code, 409, {}, details);
