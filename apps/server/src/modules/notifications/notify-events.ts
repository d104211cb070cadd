import {
  type ApplicationState,
  type ApplicationTransition,
  assignNotices,
  audiencesOf,
  type NotificationAudience,
  type NotificationParams,
  transitionNotices,
} from '@yanzhen/domain';
import type { Repositories } from '../../db/repositories';
import { coveringBodies } from './notification-audience.repository';

/**
 * Writes the inbox rows for a transition, with the repositories of the transaction that makes it: the rows
 * (and their pending e-mails) exist exactly when the change does. Who hears what is the domain's table.
 */
export async function notifyTransition(
  repos: Repositories,
  input: {
    applicationId: string;
    transition: ApplicationTransition;
    to: ApplicationState;
    reason: string | null;
    at: Date;
    correctionDueAt: Date | null;
  },
) {
  const notices = transitionNotices[input.transition];
  if (!notices.length) return;
  const audience = repos.notificationAudiences;
  const app = await audience.applicationContext(input.applicationId);
  if (!app) return;
  const recipients: Partial<Record<NotificationAudience, string[]>> = {};
  for (const a of audiencesOf(input.transition)) {
    if (a === 'applicant') recipients.applicant = [app.createdBy];
    if (a === 'orgAdmins') recipients.orgAdmins = await audience.orgAdmins(app.organisationId);
    if (a === 'programmeOfficers') recipients.programmeOfficers = await audience.programmeOfficers();
    if (a === 'recommenders') {
      const bodies = coveringBodies(await audience.jurisdictions(), {
        id: app.organisationId,
        regionCode: app.organisationRegionCode,
      });
      recipients.recommenders = await audience.recommendersOf(bodies);
    }
  }
  const params: NotificationParams = {
    applicationTitle: app.title,
    callTitle: app.callTitle,
    ...(app.callTitleEn ? { callTitleEn: app.callTitleEn } : {}),
    organisationName: app.organisationName,
    state: input.to,
    reason: input.reason,
    ...(input.correctionDueAt ? { dueAt: input.correctionDueAt.toISOString() } : {}),
  };
  await repos.notifications.insertMany(
    assignNotices(notices, recipients).map((n) => ({
      userId: n.userId,
      kind: n.kind,
      params,
      applicationId: app.id,
      callId: app.callId,
      createdAt: input.at,
    })),
  );
}

/** Tells the programme office that a recommending body has sent its batch for a call (in the sending transaction). */
export async function notifyBatchSent(
  repos: Repositories,
  input: { callId: string; recommenderOrganisationId: string; count: number; at: Date },
) {
  const audience = repos.notificationAudiences;
  const officers = await audience.programmeOfficers();
  if (!officers.length) return;
  const call = await audience.callTitles(input.callId);
  const params: NotificationParams = {
    callTitle: call?.title ?? input.callId,
    ...(call?.titleEn ? { callTitleEn: call.titleEn } : {}),
    organisationName: await audience.organisationName(input.recommenderOrganisationId),
    count: input.count,
  };
  await repos.notifications.insertMany(
    officers.map((userId) => ({
      userId,
      kind: 'batchSent',
      params,
      callId: input.callId,
      createdAt: input.at,
    })),
  );
}
