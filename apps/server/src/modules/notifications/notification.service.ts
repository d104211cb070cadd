import {
  type Locale,
  localeSchema,
  type NotificationKind,
  notificationKinds,
  renderNotificationMail,
} from '@yanzhen/domain';
import type { Repositories, TransactionRunner } from '../../db/repositories';
import { notFound } from '../../http/app-error';
import type { Clock } from '../../shared/clock';
import type { Mailer, OutboxRepository } from '../mail/mailer';
import type { NotificationRow } from './notification.repository';

export const isNotificationKind = (kind: string): kind is NotificationKind =>
  (notificationKinds as readonly string[]).includes(kind);
export const readerLocale = (locale: string): Locale => localeSchema.catch('zh-CN').parse(locale);

/** The inbox (a person's own notifications) and the delivery of their e-mails. */
export function createNotificationService(deps: {
  repos: Repositories;
  transaction: TransactionRunner;
  clock: Clock;
  /** a mailer that records into the given outbox (the delivery transaction's) */
  mailerFor: (outbox: OutboxRepository) => Mailer;
  publicUrl: string;
}) {
  const { repos } = deps;
  return {
    /** A person's inbox page, newest first, with their unread count and the language to render it in. */
    async list(userId: string, page: { limit: number; offset: number }) {
      const [user, rows, counts] = await Promise.all([
        repos.users.findById(userId),
        repos.notifications.listForUser(userId, page),
        repos.notifications.countForUser(userId),
      ]);
      return { locale: readerLocale(user?.locale ?? 'zh-CN'), rows, ...counts };
    },
    async unreadCount(userId: string) {
      return (await repos.notifications.countForUser(userId)).unread;
    },
    /** Marks one of the person's notifications read; another person's is "not found". */
    async markRead(id: number, userId: string): Promise<NotificationRow> {
      const row = await repos.notifications.findById(id);
      if (!row || row.userId !== userId) throw notFound();
      await repos.notifications.markRead(id, userId, deps.clock.now());
      return (await repos.notifications.findById(id))!;
    },
    async markAllRead(userId: string) {
      return repos.notifications.markAllRead(userId, deps.clock.now());
    },

    /**
     * Hands pending e-mails to the mailer, one notification per transaction: the mail is recorded in the outbox
     * and the pending mark cleared together, so each is mailed once even with several processes delivering (a
     * crash before the commit leaves the mail pending for the next run). Returns how many were mailed.
     */
    async deliverPendingMail(limit = 200): Promise<number> {
      let delivered = 0;
      while (delivered < limit) {
        const done = await deps.transaction(async (tx) => {
          const row = await tx.notifications.claimPendingMail();
          if (!row) return false;
          if (isNotificationKind(row.kind)) {
            const link = `${deps.publicUrl}${row.applicationId ? `/applications/${row.applicationId}` : '/notifications'}`;
            const mail = renderNotificationMail(row.kind, row.params, readerLocale(row.locale), link);
            await deps.mailerFor(tx.outbox).send({ to: row.email, subject: mail.subject, text: mail.body });
          }
          await tx.notifications.clearMailPending(row.id);
          return true;
        });
        if (!done) break;
        delivered++;
      }
      return delivered;
    },
  };
}
export type NotificationService = ReturnType<typeof createNotificationService>;
