import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { passwordResetTokens } from '../../db/schema';

export function createPasswordResetRepository(db: Db) {
  return {
    async insert(tokenHash: string, userId: string, expiresAt: Date) {
      await db.insert(passwordResetTokens).values({ tokenHash, userId, expiresAt });
    },
    /** Marks an unused, unexpired token used and returns its user; a token works once. */
    async consume(tokenHash: string, now: Date): Promise<string | null> {
      const [row] = await db
        .update(passwordResetTokens)
        .set({ usedAt: now })
        .where(
          and(
            eq(passwordResetTokens.tokenHash, tokenHash),
            isNull(passwordResetTokens.usedAt),
            gt(passwordResetTokens.expiresAt, now),
          ),
        )
        .returning({ userId: passwordResetTokens.userId });
      return row?.userId ?? null;
    },
  };
}
export type PasswordResetRepository = ReturnType<typeof createPasswordResetRepository>;
