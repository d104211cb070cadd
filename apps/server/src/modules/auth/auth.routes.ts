import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../composition-root';
import { errorBodySchema } from '../../http/error-handler';
import { publicPolicy, signedInPolicy } from '../../http/policies';
import { clearSessionCookie, requestMeta, setSessionCookie } from '../../http/request-meta';
import { defineRoute } from '../../http/route';
import { presentMe } from '../users/me.presenter';
import type { UserRow } from '../users/user.repository';
import {
  loginBody,
  resetConfirmBody,
  resetRequestBody,
  sessionResponse,
  signedInResponse,
  signupBody,
} from './auth.schema';

const tags = ['auth'];
const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  409: errorBodySchema,
  423: errorBodySchema,
  429: errorBodySchema,
};

export function registerAuthRoutes(app: FastifyInstance, deps: Deps) {
  const { repos, config } = deps;
  const { auth } = deps.services;

  async function me(user: UserRow) {
    const [roles, org] = await Promise.all([
      repos.users.rolesOf(user.id),
      user.organisationId ? repos.organisations.findById(user.organisationId) : undefined,
    ]);
    return presentMe(user, roles, org);
  }

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/auth/session',
    schema: {
      tags,
      summary: 'The signed-in person and the CSRF token, or nulls',
      response: { 200: sessionResponse },
    },
    policy: publicPolicy,
    handler: async (req) => {
      if (!req.ctx.actor || !req.ctx.sessionId) return { user: null, csrfToken: null };
      const user = await repos.users.findById(req.ctx.actor.userId);
      return { user: user ? await me(user) : null, csrfToken: req.ctx.csrfToken };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/auth/login',
    schema: {
      tags,
      summary: 'Sign in with e-mail and password',
      body: loginBody,
      response: { 200: signedInResponse, ...errors },
    },
    policy: publicPolicy,
    handler: async (req, reply) => {
      const { user, token, csrfToken } = await auth.login(
        req.body.email,
        req.body.password,
        requestMeta(req),
      );
      setSessionCookie(reply, config, token);
      return { user: await me(user), csrfToken };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/auth/logout',
    schema: { tags, summary: 'Sign out', response: { 204: z.null() } },
    policy: signedInPolicy,
    handler: async (req, reply) => {
      await auth.logout(req.ctx.sessionId!, req.ctx.actor!, req.ip);
      clearSessionCookie(reply, config);
      return reply.status(204).send();
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/auth/signup',
    schema: {
      tags,
      summary: 'Create an account and register an organisation, or ask to join one',
      body: signupBody,
      response: { 201: signedInResponse, ...errors },
    },
    policy: publicPolicy,
    handler: async (req, reply) => {
      const { user, token, csrfToken } = await auth.signup(req.body, requestMeta(req));
      setSessionCookie(reply, config, token);
      return reply.status(201).send({ user: await me(user), csrfToken });
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/auth/password-reset',
    schema: {
      tags,
      summary: 'Mail a password-reset link',
      body: resetRequestBody,
      response: { 202: z.null() },
    },
    policy: publicPolicy,
    handler: async (req, reply) => {
      await auth.requestPasswordReset(req.body.email, requestMeta(req));
      return reply.status(202).send();
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/auth/password-reset/confirm',
    schema: {
      tags,
      summary: 'Set a new password with a reset link',
      body: resetConfirmBody,
      response: { 204: z.null(), 400: errorBodySchema },
    },
    policy: publicPolicy,
    handler: async (req, reply) => {
      await auth.confirmPasswordReset(req.body.token, req.body.password, req.ip);
      return reply.status(204).send();
    },
  });
}
