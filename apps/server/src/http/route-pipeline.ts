import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Deps } from '../composition-root';
import { AppError, forbidden, unauthenticated } from './app-error';

export const SESSION_COOKIE = 'yz_sid';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Documentation and static files are public by nature and are served by plugins, not by our routes. */
const UNPOLICED_PREFIXES = ['/api/docs'];

export type RegisteredRoute = { method: string; url: string; policy: string | null };
declare module 'fastify' {
  interface FastifyInstance {
    /** every route as registered, with the name of its policy */
    registeredRoutes: RegisteredRoute[];
  }
}

export function isPolicedUrl(url: string): boolean {
  return url.startsWith('/api') && !UNPOLICED_PREFIXES.some((p) => url.startsWith(p));
}

/**
 * The pipeline every API request passes through: authenticate (session cookie) → CSRF check for
 * state-changing requests → load the resource → the route's named policy. Routes without a policy are
 * refused at start-up.
 */
export function registerRoutePipeline(app: FastifyInstance, deps: Deps) {
  const registered: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', registered);
  app.addHook('onRoute', (route) => {
    const policy = route.config?.policy;
    if (isPolicedUrl(route.url) && !policy) {
      throw new Error(`Route ${route.method} ${route.url} declares no authorization policy`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') registered.push({ method, url: route.url, policy: policy?.name ?? null });
    }
  });

  app.decorateRequest('ctx', null as unknown as FastifyRequest['ctx']);

  // Who is asking: before the body is even validated, so an anonymous caller learns nothing but "sign in".
  app.addHook('onRequest', async (req) => {
    const policy = req.routeOptions.config?.policy;
    req.ctx = { actor: null, sessionId: null, csrfToken: null, resource: undefined };
    if (!policy) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const session = await deps.services.sessions.resolve(token);
      if (session) {
        req.ctx.actor = session.actor;
        req.ctx.sessionId = session.id;
        req.ctx.csrfToken = session.csrfToken;
        if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== session.csrfToken) {
          throw new AppError('csrf_failed', 403);
        }
      }
    }
    if (policy.authenticated && !req.ctx.actor) throw unauthenticated();
  });

  // What they may do: once the input is valid, load the resource and ask the route's policy.
  app.addHook('preHandler', async (req) => {
    const policy = req.routeOptions.config?.policy;
    if (!policy) return;
    const resource = policy.load ? await policy.load(req, deps) : undefined;
    req.ctx.resource = resource;
    if (!policy.allow(req.ctx.actor, resource)) throw forbidden();
  });
}
