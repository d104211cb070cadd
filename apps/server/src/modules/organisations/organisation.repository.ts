import { findRegion } from '@yanzhen/domain';
import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { jurisdictions, organisations } from '../../db/schema';

export type OrganisationRow = typeof organisations.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;
export type Jurisdiction = { regionCodes: string[]; organisationIds: string[] };

/** The division-code prefix shared by a region and everything inside it (GB/T 2260: 2, 4 or 6 digits). */
export function regionCodePrefix(code: string): string {
  const level = findRegion(code)?.level;
  return level === 'province' ? code.slice(0, 2) : level === 'city' ? code.slice(0, 4) : code;
}

export function createOrganisationRepository(db: Db) {
  return {
    async insert(values: NewOrganisation): Promise<OrganisationRow> {
      const [row] = await db.insert(organisations).values(values).returning();
      return row!;
    },
    async findById(id: string): Promise<OrganisationRow | undefined> {
      const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
      return row;
    },
    async findByUscc(uscc: string): Promise<OrganisationRow | undefined> {
      const [row] = await db.select().from(organisations).where(eq(organisations.uscc, uscc));
      return row;
    },
    async findByName(name: string): Promise<OrganisationRow | undefined> {
      const [row] = await db.select().from(organisations).where(eq(organisations.name, name));
      return row;
    },
    async update(id: string, values: Partial<NewOrganisation>): Promise<OrganisationRow> {
      const [row] = await db
        .update(organisations)
        .set({ ...values, updatedAt: sql`now()` })
        .where(eq(organisations.id, id))
        .returning();
      return row!;
    },
    /** Verified organisations whose name contains `q`, for people who want to join one. */
    async directory(q: string, limit = 20): Promise<OrganisationRow[]> {
      return db
        .select()
        .from(organisations)
        .where(and(eq(organisations.status, 'verified'), ilike(organisations.name, `%${q}%`)))
        .orderBy(organisations.name)
        .limit(limit);
    },
    /**
     * Organisations in a jurisdiction: the regions (with everything inside them: 331100 covers 3311xx) and the named organisations. `null` jurisdiction = all (administrators).
     */
    async listInJurisdiction(jurisdiction: Jurisdiction | null, status?: string): Promise<OrganisationRow[]> {
      const scope: SQL[] = [];
      if (jurisdiction) {
        for (const code of jurisdiction.regionCodes) {
          scope.push(sql`${organisations.regionCode} like ${`${regionCodePrefix(code)}%`}`);
        }
        if (jurisdiction.organisationIds.length)
          scope.push(inArray(organisations.id, jurisdiction.organisationIds));
        if (!scope.length) return [];
      }
      const conditions = [
        scope.length ? or(...scope) : undefined,
        status ? eq(organisations.status, status) : undefined,
      ];
      return db
        .select()
        .from(organisations)
        .where(and(...conditions))
        .orderBy(
          // the queue of requests oldest first; decided ones most recently decided first
          ...(status === 'pending'
            ? [asc(organisations.createdAt), asc(organisations.id)]
            : [sql`${organisations.verifiedAt} desc nulls last`, desc(organisations.createdAt)]),
        )
        .limit(500);
    },
    async jurisdictionOf(recommenderOrganisationId: string): Promise<Jurisdiction> {
      const rows = await db
        .select()
        .from(jurisdictions)
        .where(eq(jurisdictions.recommenderOrganisationId, recommenderOrganisationId));
      return {
        regionCodes: rows.flatMap((r) => (r.regionCode ? [r.regionCode] : [])),
        organisationIds: rows.flatMap((r) => (r.organisationId ? [r.organisationId] : [])),
      };
    },
    async addJurisdiction(
      recommenderOrganisationId: string,
      scope: { regionCode?: string; organisationId?: string },
    ) {
      await db.insert(jurisdictions).values({ recommenderOrganisationId, ...scope });
    },
  };
}
export type OrganisationRepository = ReturnType<typeof createOrganisationRepository>;
