import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import {
  applicationAttachments,
  applicationRevisions,
  applicationSubmissions,
  applications,
  applicationTransitionsLog,
} from '../../db/schema';

export type ApplicationRow = typeof applications.$inferSelect;
export type AttachmentRow = typeof applicationAttachments.$inferSelect;
export type SubmissionRow = typeof applicationSubmissions.$inferSelect;

export function createApplicationRepository(db: Db) {
  return {
    async insert(values: typeof applications.$inferInsert): Promise<ApplicationRow> {
      const [row] = await db.insert(applications).values(values).returning();
      return row!;
    },
    async findById(id: string): Promise<ApplicationRow | undefined> {
      const [row] = await db.select().from(applications).where(eq(applications.id, id));
      return row;
    },
    /** Reads the row and locks it until the transaction ends: concurrent saves and submits queue here. */
    async findForUpdate(id: string): Promise<ApplicationRow | undefined> {
      const [row] = await db.select().from(applications).where(eq(applications.id, id)).for('update');
      return row;
    },
    async listByOrganisation(organisationId: string) {
      return db
        .select({
          id: applications.id,
          callId: applications.callId,
          directionCode: applications.directionCode,
          state: applications.state,
          title: applications.title,
          revision: applications.revision,
          submissionCount: applications.submissionCount,
          lastSavedAt: applications.lastSavedAt,
          createdAt: applications.createdAt,
        })
        .from(applications)
        .where(eq(applications.organisationId, organisationId))
        .orderBy(desc(applications.lastSavedAt))
        .limit(500);
    },
    /**
     * Saves new content if the row is still at `expectedRevision`; returns the new row, or null when someone saved
     * in between (the caller reports the conflict).
     */
    async saveContent(
      id: string,
      expectedRevision: number,
      content: unknown,
      summary: { title: string; publicFundingWan: number | null },
      userId: string,
      at: Date,
    ) {
      const [row] = await db
        .update(applications)
        .set({
          content,
          title: summary.title,
          publicFundingWan: summary.publicFundingWan,
          revision: sql`${applications.revision} + 1`,
          lastSavedBy: userId,
          lastSavedAt: at,
        })
        .where(and(eq(applications.id, id), eq(applications.revision, expectedRevision)))
        .returning();
      if (row)
        await db
          .insert(applicationRevisions)
          .values({ applicationId: id, revision: row.revision, content, savedBy: userId, savedAt: at });
      return row ?? null;
    },
    async insertRevision(values: typeof applicationRevisions.$inferInsert) {
      await db.insert(applicationRevisions).values(values);
    },
    async listRevisions(id: string) {
      return db
        .select({
          revision: applicationRevisions.revision,
          savedBy: applicationRevisions.savedBy,
          savedAt: applicationRevisions.savedAt,
        })
        .from(applicationRevisions)
        .where(eq(applicationRevisions.applicationId, id))
        .orderBy(desc(applicationRevisions.revision))
        .limit(500);
    },
    async findRevision(id: string, revision: number) {
      const [row] = await db
        .select()
        .from(applicationRevisions)
        .where(and(eq(applicationRevisions.applicationId, id), eq(applicationRevisions.revision, revision)));
      return row;
    },
    async setState(id: string, state: string, extra: Partial<typeof applications.$inferInsert> = {}) {
      await db
        .update(applications)
        .set({ state, ...extra })
        .where(eq(applications.id, id));
    },
    async recordTransition(values: typeof applicationTransitionsLog.$inferInsert) {
      await db.insert(applicationTransitionsLog).values(values);
    },
    async listTransitions(id: string) {
      return db
        .select()
        .from(applicationTransitionsLog)
        .where(eq(applicationTransitionsLog.applicationId, id))
        .orderBy(asc(applicationTransitionsLog.id));
    },
    async insertSubmission(values: typeof applicationSubmissions.$inferInsert) {
      await db.insert(applicationSubmissions).values(values);
    },
    async latestSubmission(id: string): Promise<SubmissionRow | undefined> {
      const [row] = await db
        .select()
        .from(applicationSubmissions)
        .where(eq(applicationSubmissions.applicationId, id))
        .orderBy(desc(applicationSubmissions.version))
        .limit(1);
      return row;
    },
    async insertAttachment(values: typeof applicationAttachments.$inferInsert): Promise<AttachmentRow> {
      const [row] = await db.insert(applicationAttachments).values(values).returning();
      return row!;
    },
    async listAttachments(applicationId: string): Promise<AttachmentRow[]> {
      return db
        .select()
        .from(applicationAttachments)
        .where(eq(applicationAttachments.applicationId, applicationId))
        .orderBy(asc(applicationAttachments.createdAt));
    },
    async findAttachment(applicationId: string, attachmentId: string): Promise<AttachmentRow | undefined> {
      const [row] = await db
        .select()
        .from(applicationAttachments)
        .where(
          and(
            eq(applicationAttachments.applicationId, applicationId),
            eq(applicationAttachments.id, attachmentId),
          ),
        );
      return row;
    },
    async deleteAttachment(attachmentId: string) {
      await db.delete(applicationAttachments).where(eq(applicationAttachments.id, attachmentId));
    },
    /** Agreements (by SHA-256) already attached to other applications: one agreement supports one application. */
    async otherApplicationsWithFiles(applicationId: string, sha256s: string[]) {
      if (!sha256s.length) return [];
      return db
        .select({
          applicationId: applicationAttachments.applicationId,
          sha256: applicationAttachments.sha256,
          state: applications.state,
        })
        .from(applicationAttachments)
        .innerJoin(applications, eq(applications.id, applicationAttachments.applicationId))
        .where(
          and(
            inArray(applicationAttachments.sha256, sha256s),
            sql`${applicationAttachments.applicationId} <> ${applicationId}`,
          ),
        );
    },
  };
}
export type ApplicationRepository = ReturnType<typeof createApplicationRepository>;
