import { and, asc, desc, eq, inArray, isNull, notInArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database';
import { applicationSubmissions, applications, formalReviews, organisations } from '../../db/schema';

export type FormalReviewRow = typeof formalReviews.$inferSelect;
export type FormalReviewCheckFilter = 'passed' | 'failed' | 'notRun';

export type OfficeListFilter = {
  callId?: string;
  states: string[];
  recommenderOrganisationId?: string;
  checks?: FormalReviewCheckFilter;
};

const recommender = alias(organisations, 'recommender');

/** Formal reviews (形式审查) and the reads the programme office's list and checks need. */
export function createFormalReviewRepository(db: Db) {
  return {
    async find(applicationId: string): Promise<FormalReviewRow | undefined> {
      const [row] = await db
        .select()
        .from(formalReviews)
        .where(eq(formalReviews.applicationId, applicationId));
      return row;
    },
    /** Creates the review, or starts it afresh (a new submission version, new checks, no outcome yet). */
    async upsert(values: typeof formalReviews.$inferInsert) {
      const { applicationId: _, ...set } = values;
      await db
        .insert(formalReviews)
        .values(values)
        .onConflictDoUpdate({ target: formalReviews.applicationId, set });
    },
    async update(applicationId: string, values: Partial<typeof formalReviews.$inferInsert>) {
      await db.update(formalReviews).set(values).where(eq(formalReviews.applicationId, applicationId));
    },

    /** One page of the office's list, newest recommendation first, with the total for the pager. */
    async listForOffice(f: OfficeListFilter, page: { offset: number; limit: number }) {
      const where: (SQL | undefined)[] = [
        inArray(applications.state, f.states),
        f.callId ? eq(applications.callId, f.callId) : undefined,
        f.recommenderOrganisationId
          ? eq(applications.recommenderOrganisationId, f.recommenderOrganisationId)
          : undefined,
      ];
      if (f.checks === 'notRun') where.push(isNull(formalReviews.applicationId));
      if (f.checks === 'passed') where.push(sql`${formalReviews.automaticChecks}->>'passed' = 'true'`);
      if (f.checks === 'failed') where.push(sql`${formalReviews.automaticChecks}->>'passed' = 'false'`);
      const condition = and(...where);
      const [{ total } = { total: 0 }] = await db
        .select({ total: sql<number>`count(*)::int` })
        .from(applications)
        .leftJoin(formalReviews, eq(formalReviews.applicationId, applications.id))
        .where(condition);
      const rows = await db
        .select({
          id: applications.id,
          callId: applications.callId,
          directionCode: applications.directionCode,
          title: applications.title,
          state: applications.state,
          publicFundingWan: applications.publicFundingWan,
          submissionCount: applications.submissionCount,
          recommendedAt: applications.recommendedAt,
          organisationId: organisations.id,
          organisationName: organisations.name,
          organisationRegionCode: organisations.regionCode,
          recommenderOrganisationId: applications.recommenderOrganisationId,
          recommenderName: recommender.name,
          automaticChecks: formalReviews.automaticChecks,
          outcome: formalReviews.outcome,
          correctionDueAt: formalReviews.correctionDueAt,
          startedAt: formalReviews.startedAt,
          decidedAt: formalReviews.decidedAt,
        })
        .from(applications)
        .innerJoin(organisations, eq(organisations.id, applications.organisationId))
        .leftJoin(recommender, eq(recommender.id, applications.recommenderOrganisationId))
        .leftJoin(formalReviews, eq(formalReviews.applicationId, applications.id))
        .where(condition)
        .orderBy(desc(applications.recommendedAt), asc(applications.id))
        .offset(page.offset)
        .limit(page.limit);
      return { total, rows };
    },

    /**
     * The latest frozen version of every application of a call that has been submitted and is still in play
     * (not a draft, not withdrawn), with its lead's credit code: what the duplicate-PI check compares.
     */
    async listFrozenInCall(callId: string) {
      return db
        .selectDistinctOn([applicationSubmissions.applicationId], {
          applicationId: applicationSubmissions.applicationId,
          content: applicationSubmissions.content,
          title: applications.title,
          organisationId: applications.organisationId,
          organisationUscc: organisations.uscc,
        })
        .from(applicationSubmissions)
        .innerJoin(applications, eq(applications.id, applicationSubmissions.applicationId))
        .innerJoin(organisations, eq(organisations.id, applications.organisationId))
        .where(and(eq(applications.callId, callId), notInArray(applications.state, ['draft', 'withdrawn'])))
        .orderBy(applicationSubmissions.applicationId, desc(applicationSubmissions.version))
        .limit(5000);
    },

    /** Every frozen version of one application (version, hash, time), oldest first. */
    async listSubmissions(applicationId: string) {
      return db
        .select({
          version: applicationSubmissions.version,
          contentHash: applicationSubmissions.contentHash,
          submittedAt: applicationSubmissions.submittedAt,
        })
        .from(applicationSubmissions)
        .where(eq(applicationSubmissions.applicationId, applicationId))
        .orderBy(asc(applicationSubmissions.version));
    },
  };
}
export type FormalReviewRepository = ReturnType<typeof createFormalReviewRepository>;
