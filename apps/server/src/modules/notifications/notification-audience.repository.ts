import { isWithinRegion } from '@yanzhen/domain';
import { and, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import {
  applications,
  catalogueCalls,
  formalReviews,
  jurisdictions,
  organisations,
  recommendationBatches,
  userRoles,
  users,
} from '../../db/schema';

/** A call's English title, read from its content without reading the guide tree out. */
const titleEn = sql<string | null>`${catalogueCalls.content}->>'titleEn'`;

/**
 * The bodies whose jurisdiction covers an organisation: by one of their regions, or by naming it (the rule of the
 * domain's `isInJurisdiction`, so that those told are those who may open the application).
 */
export function coveringBodies(
  rows: readonly {
    recommenderOrganisationId: string;
    regionCode: string | null;
    organisationId: string | null;
  }[],
  org: { id: string; regionCode: string | null },
): string[] {
  const ids = rows
    .filter(
      (j) =>
        j.organisationId === org.id ||
        (j.regionCode !== null && !!org.regionCode && isWithinRegion(org.regionCode, j.regionCode)),
    )
    .map((j) => j.recommenderOrganisationId);
  return [...new Set(ids)];
}

/** Who is to be told: the people around an application, by role, and what deadline reminders look at. */
export function createNotificationAudienceRepository(db: Db) {
  async function activeWithRole(role: string, organisationIds?: readonly string[]) {
    if (organisationIds && !organisationIds.length) return [];
    const rows = await db
      .select({ id: users.id })
      .from(users)
      .innerJoin(userRoles, eq(userRoles.userId, users.id))
      .where(
        and(
          eq(userRoles.role, role),
          eq(users.status, 'active'),
          organisationIds ? inArray(users.organisationId, [...organisationIds]) : undefined,
        ),
      );
    return rows.map((r) => r.id);
  }

  return {
    /** An application with what its messages name: the call and the lead organisation. */
    async applicationContext(applicationId: string) {
      const [row] = await db
        .select({
          id: applications.id,
          title: applications.title,
          callId: applications.callId,
          createdBy: applications.createdBy,
          organisationId: applications.organisationId,
          organisationName: organisations.name,
          organisationRegionCode: organisations.regionCode,
          callTitle: catalogueCalls.title,
          callTitleEn: titleEn,
        })
        .from(applications)
        .innerJoin(organisations, eq(organisations.id, applications.organisationId))
        .innerJoin(catalogueCalls, eq(catalogueCalls.id, applications.callId))
        .where(eq(applications.id, applicationId));
      return row;
    },
    async callTitles(callId: string) {
      const [row] = await db
        .select({ title: catalogueCalls.title, titleEn })
        .from(catalogueCalls)
        .where(eq(catalogueCalls.id, callId));
      return row;
    },
    async organisationName(id: string) {
      const [row] = await db
        .select({ name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, id));
      return row?.name ?? '';
    },
    /** Active administrators of an organisation. */
    orgAdmins: (organisationId: string) => activeWithRole('orgAdmin', [organisationId]),
    /** Active people of the programme office. */
    programmeOfficers: () => activeWithRole('programmeOfficer'),
    /** Active recommenders of these recommending bodies. */
    recommendersOf: (bodyIds: readonly string[]) => activeWithRole('recommender', bodyIds),
    /** Every jurisdiction entry (a small table: one row per region or named organisation of each body). */
    async jurisdictions() {
      return db
        .select({
          recommenderOrganisationId: jurisdictions.recommenderOrganisationId,
          regionCode: jurisdictions.regionCode,
          organisationId: jurisdictions.organisationId,
        })
        .from(jurisdictions);
    },
    /** Published calls whose submission window closes in (from, to]. */
    async callsClosingBetween(from: Date, to: Date) {
      return db
        .select({
          id: catalogueCalls.id,
          title: catalogueCalls.title,
          titleEn,
          deadline: catalogueCalls.submissionEnd,
        })
        .from(catalogueCalls)
        .where(
          and(
            eq(catalogueCalls.status, 'published'),
            gt(catalogueCalls.submissionEnd, from),
            lte(catalogueCalls.submissionEnd, to),
          ),
        );
    },
    /** Published calls whose recommendation deadline falls in (from, to]. */
    async callsWithRecommendationDeadlineBetween(from: Date, to: Date) {
      return db
        .select({
          id: catalogueCalls.id,
          title: catalogueCalls.title,
          titleEn,
          deadline: catalogueCalls.recommendationDeadline,
        })
        .from(catalogueCalls)
        .where(
          and(
            eq(catalogueCalls.status, 'published'),
            gt(catalogueCalls.recommendationDeadline, from),
            lte(catalogueCalls.recommendationDeadline, to),
          ),
        );
    },
    /** Applications of a call in the given states, with their lead organisation's place. */
    async applicationsOfCall(callId: string, states: readonly string[]) {
      return db
        .select({
          id: applications.id,
          title: applications.title,
          state: applications.state,
          createdBy: applications.createdBy,
          organisationId: applications.organisationId,
          organisationRegionCode: organisations.regionCode,
        })
        .from(applications)
        .innerJoin(organisations, eq(organisations.id, applications.organisationId))
        .where(and(eq(applications.callId, callId), inArray(applications.state, [...states])));
    },
    /** Recommending bodies that started a batch for a call and have not sent it. */
    async unsentBatchBodies(callId: string) {
      const rows = await db
        .select({ id: recommendationBatches.recommenderOrganisationId })
        .from(recommendationBatches)
        .where(and(eq(recommendationBatches.callId, callId), isNull(recommendationBatches.sentAt)));
      return rows.map((r) => r.id);
    },
    /** Applications returned for correction whose correction deadline falls in (from, to]. */
    async correctionsDueBetween(from: Date, to: Date) {
      return db
        .select({
          id: applications.id,
          applicationTitle: applications.title,
          createdBy: applications.createdBy,
          callId: applications.callId,
          title: catalogueCalls.title,
          titleEn,
          deadline: formalReviews.correctionDueAt,
        })
        .from(formalReviews)
        .innerJoin(applications, eq(applications.id, formalReviews.applicationId))
        .innerJoin(catalogueCalls, eq(catalogueCalls.id, applications.callId))
        .where(
          and(
            eq(applications.state, 'returnedForCorrection'),
            gt(formalReviews.correctionDueAt, from),
            lte(formalReviews.correctionDueAt, to),
          ),
        );
    },
  };
}
export type NotificationAudienceRepository = ReturnType<typeof createNotificationAudienceRepository>;
