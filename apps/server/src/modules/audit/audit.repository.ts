import { desc } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { auditEvents } from '../../db/schema';

export type AuditEventType =
  | 'login'
  | 'login_failed'
  | 'login_locked'
  | 'logout'
  | 'signup'
  | 'password_changed'
  | 'password_reset_requested'
  | 'password_reset'
  | 'role_changed'
  | 'member_approved'
  | 'member_rejected'
  | 'organisation_verified'
  | 'organisation_rejected'
  | 'sso_login';

export type AuditEvent = {
  type: AuditEventType;
  actorUserId?: string | null;
  actorEmail?: string | null;
  subject?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
};

/** The security audit log: append-only. */
export function createAuditRepository(db: Db) {
  return {
    async record(event: AuditEvent) {
      await db.insert(auditEvents).values({ ...event, details: event.details ?? {} });
    },
    async list(limit = 200) {
      return db.select().from(auditEvents).orderBy(desc(auditEvents.id)).limit(limit);
    },
  };
}
export type AuditRepository = ReturnType<typeof createAuditRepository>;
