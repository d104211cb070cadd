import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Deps } from '../../composition-root';
import { errorBodySchema } from '../../http/error-handler';
import { defineRoute, type Policy } from '../../http/route';
import { notificationListSchema, notificationSchema, presentNotification } from './notification.presenter';
import { readerLocale } from './notification.service';

const tags = ['notifications'];

/**
 * The inbox is always the caller's own: every query is scoped to the signed-in person, so there is no resource
 * to load and no other person's notification to reach (one that is not theirs is "not found").
 */
export const ownInboxPolicy: Policy = {
  name: 'notification.ownInbox',
  authenticated: true,
  allow: (a) => !!a,
};

const idParams = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

export function registerNotificationRoutes(app: FastifyInstance, deps: Deps) {
  const inbox = deps.services.notifications;

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/notifications',
    schema: {
      tags,
      summary: 'My notifications, newest first, with my unread count',
      querystring: z.object({
        limit: z.coerce.number().int().min(1).max(100).default(20),
        offset: z.coerce.number().int().min(0).max(100_000).default(0),
      }),
      response: { 200: notificationListSchema, 400: errorBodySchema },
    },
    policy: ownInboxPolicy,
    handler: async (req) => {
      const page = await inbox.list(req.ctx.actor!.userId, req.query);
      return {
        items: page.rows.map((r) => presentNotification(r, page.locale)),
        total: page.total,
        unread: page.unread,
      };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/api/v1/notifications/unread-count',
    schema: {
      tags,
      summary: 'How many of my notifications are unread (for the bell)',
      response: { 200: z.object({ unread: z.number() }) },
    },
    policy: ownInboxPolicy,
    handler: async (req) => ({ unread: await inbox.unreadCount(req.ctx.actor!.userId) }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/notifications/:id/read',
    schema: {
      tags,
      summary: 'Mark one of my notifications read',
      params: idParams,
      response: { 200: notificationSchema, 400: errorBodySchema, 404: errorBodySchema },
    },
    policy: ownInboxPolicy,
    handler: async (req) => {
      const userId = req.ctx.actor!.userId;
      const row = await inbox.markRead(req.params.id, userId);
      const user = await deps.repos.users.findById(userId);
      return presentNotification(row, readerLocale(user?.locale ?? 'zh-CN'));
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/api/v1/notifications/read-all',
    schema: {
      tags,
      summary: 'Mark all my notifications read',
      response: { 200: z.object({ marked: z.number() }) },
    },
    policy: ownInboxPolicy,
    handler: async (req) => ({ marked: await inbox.markAllRead(req.ctx.actor!.userId) }),
  });
}
