import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  gte,
  ilike,
  inArray,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { Db } from '../../db/database';
import { catalogueCalls, catalogueCallVersions, catalogueDirections } from '../../db/schema';

export type CallRow = typeof catalogueCalls.$inferSelect;
export type NewCallRow = typeof catalogueCalls.$inferInsert;
export type DirectionRow = typeof catalogueDirections.$inferSelect;
export type NewDirectionRow = typeof catalogueDirections.$inferInsert;

export type DirectionFilters = {
  q?: string | undefined;
  country?: string | undefined;
  field?: string | undefined;
  category?: string | undefined;
  applicantType?: string | undefined;
  organisationMode?: string | undefined;
  capMin?: number | undefined;
  capMax?: number | undefined;
  deadlineFrom?: Date | undefined;
  deadlineTo?: Date | undefined;
  callId?: string | undefined;
  statuses: string[];
  limit: number;
  offset: number;
};

// lists never read the resolved JSON: every column but that one
// biome-ignore lint/correctness/noUnusedVariables: the destructured column is left out on purpose
const { resolved, ...listColumns } = getTableColumns(catalogueDirections);
export type DirectionListRow = Omit<DirectionRow, 'resolved'>;

export function createCatalogueRepository(db: Db) {
  return {
    /** Serialises catalogue writers across processes for the rest of the transaction. */
    async lockForWrite() {
      await db.execute(sql`select pg_advisory_xact_lock(727275)`);
    },
    async findCall(id: string): Promise<CallRow | undefined> {
      const [row] = await db.select().from(catalogueCalls).where(eq(catalogueCalls.id, id));
      return row;
    },
    async listCalls(statuses: string[]): Promise<CallRow[]> {
      return db
        .select()
        .from(catalogueCalls)
        .where(inArray(catalogueCalls.status, statuses))
        .orderBy(desc(catalogueCalls.year), asc(catalogueCalls.id));
    },
    /** Calls without their content: for lists. */
    async listCallSummaries(statuses: string[]) {
      return db
        .select({
          id: catalogueCalls.id,
          status: catalogueCalls.status,
          version: catalogueCalls.version,
          summary: catalogueCalls.summary,
          directionCount: sql<number>`(select count(*)::int from ${catalogueDirections} where ${catalogueDirections.callId} = ${catalogueCalls.id})`,
        })
        .from(catalogueCalls)
        .where(inArray(catalogueCalls.status, statuses))
        .orderBy(desc(catalogueCalls.year), asc(catalogueCalls.id));
    },
    async insertCall(row: NewCallRow) {
      await db.insert(catalogueCalls).values(row);
    },
    async updateCall(id: string, values: Partial<NewCallRow>) {
      await db
        .update(catalogueCalls)
        .set({ ...values, updatedAt: sql`now()` })
        .where(eq(catalogueCalls.id, id));
    },
    async insertVersion(row: typeof catalogueCallVersions.$inferInsert) {
      await db.insert(catalogueCallVersions).values(row);
    },
    async replaceVersion(row: typeof catalogueCallVersions.$inferInsert) {
      await db
        .update(catalogueCallVersions)
        .set(row)
        .where(
          and(eq(catalogueCallVersions.callId, row.callId), eq(catalogueCallVersions.version, row.version)),
        );
    },
    async listVersions(callId: string) {
      return db
        .select({
          version: catalogueCallVersions.version,
          status: catalogueCallVersions.status,
          note: catalogueCallVersions.note,
          createdBy: catalogueCallVersions.createdBy,
          createdAt: catalogueCallVersions.createdAt,
        })
        .from(catalogueCallVersions)
        .where(eq(catalogueCallVersions.callId, callId))
        .orderBy(desc(catalogueCallVersions.version));
    },
    async findVersion(callId: string, version: number) {
      const [row] = await db
        .select()
        .from(catalogueCallVersions)
        .where(and(eq(catalogueCallVersions.callId, callId), eq(catalogueCallVersions.version, version)));
      return row;
    },
    async replaceDirections(callId: string, rows: NewDirectionRow[]) {
      await db.delete(catalogueDirections).where(eq(catalogueDirections.callId, callId));
      if (rows.length) await db.insert(catalogueDirections).values(rows);
    },
    async findDirection(callId: string, code: string): Promise<DirectionRow | undefined> {
      const [row] = await db
        .select()
        .from(catalogueDirections)
        .where(and(eq(catalogueDirections.callId, callId), eq(catalogueDirections.code, code)));
      return row;
    },
    /** Directions of calls in the given statuses that match every filter given. */
    async searchDirections(f: DirectionFilters) {
      const d = catalogueDirections;
      const where: (SQL | undefined)[] = [inArray(catalogueCalls.status, f.statuses)];
      if (f.q) {
        const terms = f.q.split(/\s+/).filter(Boolean).slice(0, 8);
        for (const term of terms)
          where.push(ilike(d.searchText, `%${term.replace(/[%_\\]/g, (c) => `\\${c}`)}%`));
      }
      if (f.country) where.push(or(eq(d.countryCode, f.country), eq(d.countryName, f.country)));
      if (f.field) where.push(sql`${d.priorityFields} @> ${JSON.stringify([f.field])}::jsonb`);
      if (f.applicantType) {
        where.push(
          or(
            sql`${d.applicantTypes} @> ${JSON.stringify([f.applicantType])}::jsonb`,
            sql`${d.applicantTypes} = '[]'::jsonb`,
          ),
        );
      }
      if (f.category) where.push(or(eq(d.categoryCode, f.category), eq(d.categoryName, f.category)));
      if (f.organisationMode) where.push(eq(d.organisationMode, f.organisationMode));
      if (f.capMin !== undefined) where.push(gte(d.fundingCapWan, f.capMin));
      if (f.capMax !== undefined) where.push(lte(d.fundingCapWan, f.capMax));
      const deadline = sql`coalesce(${d.foreignDeadline}, ${catalogueCalls.submissionEnd})`;
      if (f.deadlineFrom) where.push(sql`${deadline} >= ${f.deadlineFrom.toISOString()}`);
      if (f.deadlineTo) where.push(sql`${deadline} <= ${f.deadlineTo.toISOString()}`);
      if (f.callId) where.push(eq(d.callId, f.callId));
      const rows = await db
        .select({
          direction: d,
          call: {
            id: catalogueCalls.id,
            title: catalogueCalls.title,
            year: catalogueCalls.year,
            submissionStart: catalogueCalls.submissionStart,
            submissionEnd: catalogueCalls.submissionEnd,
            status: catalogueCalls.status,
          },
        })
        .from(d)
        .innerJoin(catalogueCalls, eq(catalogueCalls.id, d.callId))
        .where(and(...where))
        .orderBy(desc(catalogueCalls.year), asc(d.callId), asc(d.position))
        .limit(f.limit)
        .offset(f.offset);
      const [count] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(d)
        .innerJoin(catalogueCalls, eq(catalogueCalls.id, d.callId))
        .where(and(...where));
      return { rows, total: count?.n ?? 0 };
    },
    async resolvedOf(keys: { callId: string; code: string }[]): Promise<Map<string, unknown>> {
      if (!keys.length) return new Map();
      const rows = await db
        .select({
          callId: catalogueDirections.callId,
          code: catalogueDirections.code,
          resolved: catalogueDirections.resolved,
        })
        .from(catalogueDirections)
        .where(
          or(
            ...keys.map((k) =>
              and(eq(catalogueDirections.callId, k.callId), eq(catalogueDirections.code, k.code)),
            ),
          ),
        );
      return new Map(rows.map((r) => [`${r.callId}\u0000${r.code}`, r.resolved]));
    },
    /** Every resolved direction of calls in these statuses, with its call's window (for the finder). */
    async listResolvedDirections(statuses: string[]) {
      return db
        .select({
          callId: catalogueDirections.callId,
          code: catalogueDirections.code,
          name: catalogueDirections.name,
          resolved: catalogueDirections.resolved,
          callTitle: catalogueCalls.title,
          year: catalogueCalls.year,
          status: catalogueCalls.status,
          submissionStart: catalogueCalls.submissionStart,
          submissionEnd: catalogueCalls.submissionEnd,
        })
        .from(catalogueDirections)
        .innerJoin(catalogueCalls, eq(catalogueCalls.id, catalogueDirections.callId))
        .where(inArray(catalogueCalls.status, statuses))
        .orderBy(
          desc(catalogueCalls.year),
          asc(catalogueDirections.callId),
          asc(catalogueDirections.position),
        );
    },
    /** The distinct values the direction filters offer. */
    async facets(statuses: string[]) {
      return db
        .select({
          countryCode: catalogueDirections.countryCode,
          countryName: catalogueDirections.countryName,
          categoryName: catalogueDirections.categoryName,
          priorityFields: catalogueDirections.priorityFields,
        })
        .from(catalogueDirections)
        .innerJoin(catalogueCalls, eq(catalogueCalls.id, catalogueDirections.callId))
        .where(inArray(catalogueCalls.status, statuses));
    },
  };
}
export type CatalogueRepository = ReturnType<typeof createCatalogueRepository>;
