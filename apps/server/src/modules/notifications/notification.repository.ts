import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { notifications, users } from '../../db/schema';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = {
  userId: string;
  kind: string;
  params: Record<string, unknown>;
  applicationId?: string | null;
  callId?: string | null;
  dedupeKey?: string | null;
  createdAt: Date;
};

/**
 * A new inbox row is marked `mail_pending` until its e-mail has been handed to the mailer: the row and its
 * pending e-mail are written in one transaction, and the delivery job clears the mark in the transaction that
 * records the mail, so a crash in between loses nothing. A partial index keeps the pending ones cheap to find.
 */
export function createNotificationRepository(db: Db) {
  return {
    /** Inserts inbox rows; a row whose dedupe key exists already is skipped. Returns how many were new. */
    async insertMany(rows: readonly NewNotification[]): Promise<number> {
      if (!rows.length) return 0;
      const inserted = await db
        .insert(notifications)
        .values(rows.map((r) => ({ ...r, mailPending: true })))
        .onConflictDoNothing()
        .returning({ id: notifications.id });
      return inserted.length;
    },
    /** A person's inbox, newest first. */
    async listForUser(userId: string, page: { limit: number; offset: number }) {
      return db
        .select()
        .from(notifications)
        .where(eq(notifications.userId, userId))
        .orderBy(desc(notifications.createdAt), desc(notifications.id))
        .limit(page.limit)
        .offset(page.offset);
    },
    async countForUser(userId: string) {
      const [row] = await db
        .select({
          total: count(),
          unread: sql<number>`count(*) filter (where ${notifications.readAt} is null)::int`,
        })
        .from(notifications)
        .where(eq(notifications.userId, userId));
      return { total: Number(row?.total ?? 0), unread: Number(row?.unread ?? 0) };
    },
    async findById(id: number): Promise<NotificationRow | undefined> {
      const [row] = await db.select().from(notifications).where(eq(notifications.id, id));
      return row;
    },
    async markRead(id: number, userId: string, at: Date) {
      await db
        .update(notifications)
        .set({ readAt: at })
        .where(and(eq(notifications.id, id), eq(notifications.userId, userId), isNull(notifications.readAt)));
    },
    async markAllRead(userId: string, at: Date): Promise<number> {
      const rows = await db
        .update(notifications)
        .set({ readAt: at })
        .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
        .returning({ id: notifications.id });
      return rows.length;
    },
    /**
     * The oldest inbox row whose e-mail is pending, with its reader's address and language, locked for the rest
     * of the transaction; rows another process holds are skipped.
     */
    async claimPendingMail() {
      const [row] = await db
        .select({
          id: notifications.id,
          kind: notifications.kind,
          params: notifications.params,
          applicationId: notifications.applicationId,
          email: users.email,
          locale: users.locale,
        })
        .from(notifications)
        .innerJoin(users, eq(users.id, notifications.userId))
        .where(eq(notifications.mailPending, true))
        .orderBy(notifications.id)
        .limit(1)
        .for('update', { of: notifications, skipLocked: true });
      return row;
    },
    async clearMailPending(id: number) {
      await db.update(notifications).set({ mailPending: false }).where(eq(notifications.id, id));
    },
  };
}
export type NotificationRepository = ReturnType<typeof createNotificationRepository>;
