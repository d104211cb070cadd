import {
  type Actor,
  type ApplicationState,
  type ApplicationSubject,
  applicationStateLabels,
  availableTransitions,
  transitionRelations,
} from '@yanzhen/domain';
import { z } from 'zod';
import type { ApplicationRow, SubmissionRow } from './application.repository';

const label = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });
export const applicationStateSchema = z.object({ code: z.string(), applicant: label, staff: label });

export const applicationViewSchema = z.object({
  id: z.string(),
  callId: z.string(),
  directionCode: z.string(),
  organisationId: z.string(),
  title: z.string(),
  state: applicationStateSchema,
  revision: z.number(),
  content: z.record(z.string(), z.unknown()),
  lastSavedAt: z.string(),
  submissionCount: z.number(),
  createdAt: z.string(),
  /** what this person may do now, by the lifecycle table */
  actions: z.array(z.string()),
});

export const stateOf = (state: string) => ({
  code: state,
  ...applicationStateLabels[state as ApplicationState],
});

/**
 * `regionCode` is the lead organisation's region (the recommender's jurisdiction is decided by it); the actions
 * are the transitions this person may fire now, by the lifecycle table and the application policies.
 */
export function presentApplication(
  app: ApplicationRow,
  actor: Actor | null,
  organisationRegionCode: string | null = null,
): z.infer<typeof applicationViewSchema> {
  const subject: ApplicationSubject = {
    organisationId: app.organisationId,
    state: app.state as ApplicationState,
    organisationRegionCode,
  };
  return {
    id: app.id,
    callId: app.callId,
    directionCode: app.directionCode,
    organisationId: app.organisationId,
    title: app.title,
    state: stateOf(app.state),
    revision: app.revision,
    content: app.content as Record<string, unknown>,
    lastSavedAt: app.lastSavedAt.toISOString(),
    submissionCount: app.submissionCount,
    createdAt: app.createdAt.toISOString(),
    actions: availableTransitions(subject.state, transitionRelations(actor, subject)),
  };
}

export const receiptSchema = z.object({
  applicationId: z.string(),
  version: z.number(),
  revision: z.number(),
  contentHash: z.string(),
  submittedAt: z.string(),
  attachments: z.array(
    z.object({ code: z.string(), fileName: z.string(), size: z.number(), sha256: z.string() }),
  ),
  repeated: z.boolean(),
});

export function presentReceipt(
  s: SubmissionRow | (Omit<SubmissionRow, 'attachments'> & { attachments: unknown }),
  repeated: boolean,
) {
  return {
    applicationId: s.applicationId,
    version: s.version,
    revision: s.revision,
    contentHash: s.contentHash,
    submittedAt: s.submittedAt.toISOString(),
    attachments: (s.attachments as { code: string; fileName: string; size: number; sha256: string }[]).map(
      (a) => ({
        code: a.code,
        fileName: a.fileName,
        size: a.size,
        sha256: a.sha256,
      }),
    ),
    repeated,
  };
}
