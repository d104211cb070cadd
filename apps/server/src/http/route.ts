import type { Actor } from '@yanzhen/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods, RouteHandlerMethod } from 'fastify';
import type { z } from 'zod';
import type { Deps } from '../composition-root';

/**
 * A named authorization policy: who may call a route, and on which resource. The route pipeline
 * (`route-pipeline.ts`) authenticates, loads the resource, and asks `allow` — in one place, before the handler.
 */
export type Policy<R = undefined> = {
  name: string;
  /** false for public routes; then `actor` may be null */
  authenticated: boolean;
  load?: (req: FastifyRequest, deps: Deps) => Promise<R>;
  allow: (actor: Actor | null, resource: R) => boolean;
};

export type RequestContext<R = unknown> = {
  actor: Actor | null;
  sessionId: string | null;
  csrfToken: string | null;
  resource: R;
};

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: Policy<unknown>;
  }
  interface FastifyRequest {
    ctx: RequestContext;
  }
}

type RouteSchema = {
  tags?: string[];
  summary?: string;
  description?: string;
  body?: z.ZodType;
  querystring?: z.ZodType;
  params?: z.ZodType;
  response?: Record<number, z.ZodType>;
};
type Parsed<T> = T extends z.ZodType ? z.output<T> : undefined;

export type RouteRequest<S extends RouteSchema, R> = FastifyRequest<{
  Body: Parsed<S['body']>;
  Querystring: Parsed<S['querystring']>;
  Params: Parsed<S['params']>;
}> & { ctx: RequestContext<R> };

/** Declares a route with its schema and its policy; the handler receives the authorized actor and resource. */
export function defineRoute<S extends RouteSchema, R>(
  app: FastifyInstance,
  spec: {
    method: HTTPMethods;
    url: string;
    schema: S;
    policy: Policy<R>;
    bodyLimit?: number;
    handler: (req: RouteRequest<S, R>, reply: FastifyReply) => Promise<unknown>;
  },
) {
  app.route({
    method: spec.method,
    url: spec.url,
    schema: spec.schema,
    bodyLimit: spec.bodyLimit,
    config: { policy: spec.policy as Policy<unknown> },
    handler: ((req, reply) =>
      spec.handler(req as unknown as RouteRequest<S, R>, reply)) as RouteHandlerMethod,
  });
}
