import { eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { oidcStates } from '../../db/schema';

/** Pending single-sign-on attempts, in the database so that any server process can finish them. */
export function createOidcStateRepository(db: Db) {
  return {
    async insert(values: typeof oidcStates.$inferInsert) {
      await db.insert(oidcStates).values(values);
    },
    /** Takes the attempt (it works once). */
    async take(state: string) {
      const [row] = await db.delete(oidcStates).where(eq(oidcStates.state, state)).returning();
      return row;
    },
    async prune(before: Date) {
      await db.delete(oidcStates).where(lt(oidcStates.createdAt, before));
    },
  };
}
export type OidcStateRepository = ReturnType<typeof createOidcStateRepository>;
