import { desc, eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Db } from '../../db/database';
import { mailOutbox } from '../../db/schema';

export type Mail = { to: string; subject: string; text: string };
export type Mailer = { send(mail: Mail): Promise<void> };

export function createOutboxRepository(db: Db) {
  return {
    async insert(mail: Mail) {
      const [row] = await db.insert(mailOutbox).values(mail).returning({ id: mailOutbox.id });
      return row!.id;
    },
    async markDelivered(id: number, error: string | null) {
      await db.update(mailOutbox).set({ delivered: !error, error }).where(eq(mailOutbox.id, id));
    },
    async list(limit = 100) {
      return db.select().from(mailOutbox).orderBy(desc(mailOutbox.id)).limit(limit);
    },
  };
}
export type OutboxRepository = ReturnType<typeof createOutboxRepository>;

/**
 * Every message is recorded in the outbox; with SMTP configured it is also delivered. A delivery failure is
 * recorded, not thrown: the action that sent the mail has already happened.
 */
export function createMailer(deps: {
  outbox: OutboxRepository;
  smtpUrl: string | null;
  from: string;
  log: (msg: string) => void;
}): Mailer {
  const transport = deps.smtpUrl ? nodemailer.createTransport(deps.smtpUrl) : null;
  return {
    async send(mail) {
      const id = await deps.outbox.insert(mail);
      if (!transport) return;
      try {
        await transport.sendMail({ from: deps.from, ...mail });
        await deps.outbox.markDelivered(id, null);
      } catch (err) {
        deps.log(`mail ${id} to ${mail.to} failed: ${(err as Error).message}`);
        await deps.outbox.markDelivered(id, (err as Error).message);
      }
    },
  };
}
