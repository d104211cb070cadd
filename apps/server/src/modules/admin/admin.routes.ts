import { roleSchema } from '@yanzhen/domain';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../composition-root';
import { notFound } from '../../http/app-error';
import { errorBodySchema } from '../../http/error-handler';
import { sysAdminPolicy } from '../../http/policies';
import { defineRoute } from '../../http/route';
import { membershipStatusSchema } from '../users/me.presenter';

const tags = ['admin'];
const adminUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  status: membershipStatusSchema,
  roles: z.array(roleSchema),
  organisationName: z.string().nullable(),
});
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };

export function registerAdminRoutes(app: FastifyInstance, deps: Deps) {
  const { repos } = deps;

  async function listUsers(q?: string) {
    const rows = await repos.users.search(q);
    const roles = await repos.users.rolesOfMany(rows.map((r) => r.user.id));
    return rows.map(({ user, organisationName }) => ({
      id: user.id,
      email: user.email,
      name: user.name,
      status: membershipStatusSchema.parse(user.status),
      roles: roles.get(user.id) ?? [],
      organisationName,
    }));
  }

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/admin/users',
    schema: {
      tags,
      summary: 'People, with their roles',
      querystring: z.object({ q: z.string().trim().max(100).optional() }),
      response: { 200: z.object({ items: z.array(adminUserSchema) }), ...errors },
    },
    policy: sysAdminPolicy,
    handler: async (req) => ({ items: await listUsers(req.query.q || undefined) }),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/api/v1/admin/users/:id/roles',
    schema: {
      tags,
      summary: "Replace a person's roles",
      params: z.object({ id: z.uuid() }),
      body: z.object({ roles: z.array(roleSchema).max(6) }),
      response: { 200: adminUserSchema, ...errors },
    },
    policy: sysAdminPolicy,
    handler: async (req) => {
      const user = await repos.users.findById(req.params.id);
      if (!user) throw notFound();
      const before = await repos.users.rolesOf(user.id);
      const after = [...new Set(req.body.roles)].sort();
      await repos.users.setRoles(user.id, after);
      await repos.audit.record({
        type: 'role_changed',
        actorUserId: req.ctx.actor!.userId,
        subject: user.id,
        ip: req.ip,
        details: { before, after },
      });
      const [item] = (await listUsers(user.email)).filter((u) => u.id === user.id);
      return item!;
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/admin/audit-events',
    schema: {
      tags,
      summary: 'The security audit log, newest first',
      response: {
        200: z.object({
          items: z.array(
            z.object({
              id: z.number(),
              type: z.string(),
              actorEmail: z.string().nullable(),
              subject: z.string().nullable(),
              ip: z.string().nullable(),
              createdAt: z.string(),
              details: z.record(z.string(), z.unknown()),
            }),
          ),
        }),
        ...errors,
      },
    },
    policy: sysAdminPolicy,
    handler: async () => ({
      items: (await repos.audit.list()).map((e) => ({
        id: e.id,
        type: e.type,
        actorEmail: e.actorEmail,
        subject: e.subject,
        ip: e.ip,
        createdAt: e.createdAt.toISOString(),
        details: e.details as Record<string, unknown>,
      })),
    }),
  });
}
