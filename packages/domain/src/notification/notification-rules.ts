import { z } from 'zod';
import { type ApplicationTransition, applicationStates } from '../application/application-lifecycle';

/** Who, in relation to an application, is told of something that happened to it. */
export type NotificationAudience = 'applicant' | 'orgAdmins' | 'recommenders' | 'programmeOfficers';

export const notificationKinds = [
  'submitReceipt',
  'awaitingOrgApproval',
  'withdrawnByApplicant',
  'orgApproved',
  'awaitingRecommendation',
  'stateChanged',
  'formalReviewOutcome',
  'correctionResubmitted',
  'batchSent',
  'submissionClosingReminder',
  'recommendationDeadlineReminder',
  'correctionDueReminder',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export type TransitionNotice = { audience: NotificationAudience; kind: NotificationKind };

/**
 * Who is told of each transition, and with which message. Total over the lifecycle's transitions, so a new
 * transition does not compile until someone decides who hears of it.
 */
export const transitionNotices: Record<ApplicationTransition, readonly TransitionNotice[]> = {
  submit: [
    { audience: 'applicant', kind: 'submitReceipt' },
    { audience: 'orgAdmins', kind: 'awaitingOrgApproval' },
  ],
  withdraw: [{ audience: 'orgAdmins', kind: 'withdrawnByApplicant' }],
  reopen: [],
  orgApprove: [
    { audience: 'applicant', kind: 'orgApproved' },
    { audience: 'recommenders', kind: 'awaitingRecommendation' },
  ],
  orgReturn: [{ audience: 'applicant', kind: 'stateChanged' }],
  recommend: [{ audience: 'applicant', kind: 'stateChanged' }],
  recommenderReturn: [{ audience: 'applicant', kind: 'stateChanged' }],
  recommenderReject: [{ audience: 'applicant', kind: 'stateChanged' }],
  startFormalReview: [{ audience: 'applicant', kind: 'stateChanged' }],
  acceptFormalReview: [
    { audience: 'applicant', kind: 'stateChanged' },
    { audience: 'orgAdmins', kind: 'formalReviewOutcome' },
  ],
  returnForCorrection: [
    { audience: 'applicant', kind: 'stateChanged' },
    { audience: 'orgAdmins', kind: 'formalReviewOutcome' },
  ],
  rejectFormalReview: [
    { audience: 'applicant', kind: 'stateChanged' },
    { audience: 'orgAdmins', kind: 'formalReviewOutcome' },
  ],
  resubmitCorrection: [
    { audience: 'applicant', kind: 'stateChanged' },
    { audience: 'programmeOfficers', kind: 'correctionResubmitted' },
  ],
};

/** The audiences a transition reaches (for the recipient look-up). */
export function audiencesOf(transition: ApplicationTransition): NotificationAudience[] {
  return [...new Set(transitionNotices[transition].map((n) => n.audience))];
}

/**
 * Who receives what for one event: one notice per person (the first audience a person belongs to wins, so an
 * applicant who is also their organisation's administrator gets the applicant's message only).
 */
export function assignNotices(
  notices: readonly TransitionNotice[],
  recipients: Partial<Record<NotificationAudience, readonly string[]>>,
): { userId: string; kind: NotificationKind }[] {
  const seen = new Set<string>();
  const out: { userId: string; kind: NotificationKind }[] = [];
  for (const notice of notices) {
    for (const userId of recipients[notice.audience] ?? []) {
      if (seen.has(userId)) continue;
      seen.add(userId);
      out.push({ userId, kind: notice.kind });
    }
  }
  return out;
}

/** What a message needs to be written, stored with the inbox row and rendered in the reader's language. */
export const notificationParamsSchema = z.object({
  applicationTitle: z.string().optional(),
  callTitle: z.string().optional(),
  callTitleEn: z.string().optional(),
  state: z.enum(applicationStates).optional(),
  reason: z.string().nullable().optional(),
  /** an instant (ISO 8601); shown in Asia/Shanghai */
  dueAt: z.string().optional(),
  /** for reminders: how far ahead ('7d', '1d') */
  offset: z.enum(['7d', '1d']).optional(),
  count: z.number().int().optional(),
  organisationName: z.string().optional(),
});
export type NotificationParams = z.infer<typeof notificationParamsSchema>;

const DAY = 24 * 3600_000;
export const reminderOffsets = [
  { code: '1d', ms: DAY },
  { code: '7d', ms: 7 * DAY },
] as const;
export type ReminderOffset = (typeof reminderOffsets)[number]['code'];
/** How far ahead the earliest reminder goes: deadlines further away need no look. */
export const reminderHorizonMs = 7 * DAY;

/**
 * The reminder due for a deadline at a moment: '1d' within the last day, '7d' within the last week, none once
 * passed or while further away. A sweep that first looks within the last day sends only the 1-day reminder.
 */
export function dueReminderOffset(deadline: Date, now: Date): ReminderOffset | null {
  const left = deadline.getTime() - now.getTime();
  if (left <= 0) return null;
  return reminderOffsets.find((o) => left <= o.ms)?.code ?? null;
}

/**
 * The key that makes a reminder happen once: the kind, what it is about, the person, the offset and the deadline
 * itself (a moved deadline earns new reminders).
 */
export function reminderDedupeKey(
  kind: NotificationKind,
  subjectId: string,
  userId: string,
  offset: ReminderOffset,
  deadline: Date,
): string {
  return `reminder:${kind}:${subjectId}:${userId}:${offset}:${deadline.toISOString()}`;
}
