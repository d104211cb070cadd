import type { Role } from '@yanzhen/domain';
import { and, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { organisations, userRoles, users } from '../../db/schema';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export function createUserRepository(db: Db) {
  return {
    async insert(values: NewUser, roles: Role[]): Promise<UserRow> {
      const [row] = await db
        .insert(users)
        .values({ ...values, email: values.email.toLowerCase() })
        .returning();
      if (roles.length) await db.insert(userRoles).values(roles.map((role) => ({ userId: row!.id, role })));
      return row!;
    },
    async findById(id: string): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row;
    },
    async findByEmail(email: string): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
      return row;
    },
    async findByOidcSubject(subject: string): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.oidcSubject, subject));
      return row;
    },
    async rolesOf(userId: string): Promise<Role[]> {
      const rows = await db
        .select({ role: userRoles.role })
        .from(userRoles)
        .where(eq(userRoles.userId, userId));
      return rows.map((r) => r.role as Role).sort();
    },
    async rolesOfMany(userIds: string[]): Promise<Map<string, Role[]>> {
      const out = new Map<string, Role[]>(userIds.map((id) => [id, []]));
      if (!userIds.length) return out;
      const rows = await db.select().from(userRoles).where(inArray(userRoles.userId, userIds));
      for (const r of rows) out.get(r.userId)?.push(r.role as Role);
      return out;
    },
    async setRoles(userId: string, roles: Role[]): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.delete(userRoles).where(eq(userRoles.userId, userId));
        if (roles.length) await tx.insert(userRoles).values(roles.map((role) => ({ userId, role })));
      });
    },
    async update(id: string, values: Partial<NewUser>): Promise<UserRow> {
      const [row] = await db
        .update(users)
        .set({ ...values, updatedAt: sql`now()` })
        .where(eq(users.id, id))
        .returning();
      return row!;
    },
    /** Counts a failed sign-in and returns the new count. */
    async recordFailedLogin(id: string): Promise<number> {
      const [row] = await db
        .update(users)
        .set({ failedLoginCount: sql`${users.failedLoginCount} + 1` })
        .where(eq(users.id, id))
        .returning({ count: users.failedLoginCount });
      return row?.count ?? 0;
    },
    async listByOrganisation(organisationId: string): Promise<UserRow[]> {
      return db.select().from(users).where(eq(users.organisationId, organisationId)).orderBy(users.createdAt);
    },
    async findMember(organisationId: string, userId: string): Promise<UserRow | undefined> {
      const [row] = await db
        .select()
        .from(users)
        .where(and(eq(users.organisationId, organisationId), eq(users.id, userId)));
      return row;
    },
    async search(q: string | undefined, limit = 100) {
      const filter = q
        ? or(ilike(users.email, `%${q}%`), ilike(users.name, `%${q}%`), ilike(organisations.name, `%${q}%`))
        : undefined;
      return db
        .select({ user: users, organisationName: organisations.name })
        .from(users)
        .leftJoin(organisations, eq(organisations.id, users.organisationId))
        .where(filter)
        .orderBy(users.email)
        .limit(limit);
    },
  };
}
export type UserRepository = ReturnType<typeof createUserRepository>;
