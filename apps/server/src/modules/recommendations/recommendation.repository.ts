import { and, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { applicationSubmissions, applications, organisations, recommendationBatches } from '../../db/schema';
import { regionCodePrefix } from '../organisations/organisation.repository';

/** States in which a recommendation has been made and counts against quotas. */
export const recommendedStates = [
  'recommended',
  'inFormalReview',
  'acceptedForExpertReview',
  'returnedForCorrection',
  'rejected',
];

export function createRecommendationRepository(db: Db) {
  const columns = {
    id: applications.id,
    callId: applications.callId,
    directionCode: applications.directionCode,
    state: applications.state,
    title: applications.title,
    content: applications.content,
    organisationId: applications.organisationId,
    organisationName: organisations.name,
    organisationType: organisations.type,
    organisationUscc: organisations.uscc,
    organisationRegionCode: organisations.regionCode,
    recommenderOrganisationId: applications.recommenderOrganisationId,
    recommendedIncentive: applications.recommendedIncentive,
    recommendedAt: applications.recommendedAt,
    lastSavedAt: applications.lastSavedAt,
  };
  const { content: _content, ...listColumns } = columns;
  return {
    /** Serialises recommendations within one call, across processes, for the rest of the transaction. */
    async lockCall(callId: string) {
      await db.execute(sql`select pg_advisory_xact_lock(727276, hashtext(${callId}))`);
    },
    /**
     * Applications that have left their organisation and whose lead is in the jurisdiction, newest first, at most
     * `limit` (the caller asks for one more to learn whether the list was cut). The list shows one figure of the
     * content, the public funding requested, from its column, so a list of thousands reads no content at all.
     */
    async listInJurisdiction(
      j: { regionCodes: readonly string[]; organisationIds: readonly string[] },
      f: { callId?: string; states: string[] },
      limit = 5000,
    ) {
      const scope: SQL[] = j.regionCodes.map(
        (code) => sql`${organisations.regionCode} like ${`${regionCodePrefix(code)}%`}`,
      );
      if (j.organisationIds.length) scope.push(inArray(organisations.id, [...j.organisationIds]));
      if (!scope.length) return [];
      return db
        .select({ ...listColumns, publicFundingWan: applications.publicFundingWan })
        .from(applications)
        .innerJoin(organisations, eq(organisations.id, applications.organisationId))
        .where(
          and(
            or(...scope),
            inArray(applications.state, f.states),
            f.callId ? eq(applications.callId, f.callId) : undefined,
          ),
        )
        .orderBy(desc(applications.lastSavedAt), desc(applications.id))
        .limit(limit);
    },
    /**
     * Every recommendation made in a call, with only what the quotas look at: the requested funding from its
     * column and the carrier's name from the content, so that counting a call's quotas does not read every
     * recommended application's whole content.
     */
    async listQuotaCounted(callId: string) {
      return db
        .select({
          id: applications.id,
          directionCode: applications.directionCode,
          organisationId: applications.organisationId,
          organisationType: organisations.type,
          recommenderOrganisationId: applications.recommenderOrganisationId,
          recommendedIncentive: applications.recommendedIncentive,
          publicFundingWan: applications.publicFundingWan,
          carrierName: sql<string | null>`${applications.content} -> 'basics' ->> 'carrierName'`,
        })
        .from(applications)
        .innerJoin(organisations, eq(organisations.id, applications.organisationId))
        .where(and(eq(applications.callId, callId), inArray(applications.state, recommendedStates)));
    },
    /** Every recommendation made in a call, with its whole content (for the summary table and the letter). */
    async listRecommended(callId: string) {
      return db
        .select(columns)
        .from(applications)
        .innerJoin(organisations, eq(organisations.id, applications.organisationId))
        .where(and(eq(applications.callId, callId), inArray(applications.state, recommendedStates)));
    },
    async findBatch(callId: string, recommenderOrganisationId: string) {
      const [row] = await db
        .select()
        .from(recommendationBatches)
        .where(
          and(
            eq(recommendationBatches.callId, callId),
            eq(recommendationBatches.recommenderOrganisationId, recommenderOrganisationId),
          ),
        );
      return row;
    },
    /** Creates the batch if needed and sets the given fields. */
    async upsertBatch(
      callId: string,
      recommenderOrganisationId: string,
      values: Partial<typeof recommendationBatches.$inferInsert>,
    ) {
      await db
        .insert(recommendationBatches)
        .values({ callId, recommenderOrganisationId, ...values })
        .onConflictDoUpdate({
          target: [recommendationBatches.callId, recommendationBatches.recommenderOrganisationId],
          set: values,
        });
    },
    /** The latest submission (time, hash) of each of these applications. */
    async latestSubmissions(applicationIds: string[]) {
      if (!applicationIds.length) return [];
      return db
        .select({
          applicationId: applicationSubmissions.applicationId,
          version: applicationSubmissions.version,
          contentHash: applicationSubmissions.contentHash,
          submittedAt: applicationSubmissions.submittedAt,
        })
        .from(applicationSubmissions)
        .where(inArray(applicationSubmissions.applicationId, applicationIds))
        .orderBy(desc(applicationSubmissions.version));
    },
    async markRecommended(id: string, recommenderOrganisationId: string, incentive: boolean, at: Date) {
      await db
        .update(applications)
        .set({ recommenderOrganisationId, recommendedIncentive: incentive, recommendedAt: at })
        .where(eq(applications.id, id));
    },
  };
}
export type RecommendationRepository = ReturnType<typeof createRecommendationRepository>;
export type RecommendationRow = Awaited<ReturnType<RecommendationRepository['listRecommended']>>[number];
export type QuotaCountedRow = Awaited<ReturnType<RecommendationRepository['listQuotaCounted']>>[number];
