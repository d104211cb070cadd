import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { loginFailures } from '../../db/schema';

/** Failed sign-ins per client address, shared by every server process through the database. */
export function createLoginFailureRepository(db: Db) {
  return {
    async record(ip: string, email: string, at: Date) {
      await db.insert(loginFailures).values({ ip, email: email.slice(0, 200), createdAt: at });
    },
    async countSince(ip: string, since: Date): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(loginFailures)
        .where(and(eq(loginFailures.ip, ip), gt(loginFailures.createdAt, since)));
      return row?.n ?? 0;
    },
    async prune(before: Date) {
      await db.delete(loginFailures).where(lt(loginFailures.createdAt, before));
    },
  };
}
export type LoginFailureRepository = ReturnType<typeof createLoginFailureRepository>;
