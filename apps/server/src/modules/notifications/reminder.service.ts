import {
  type ApplicationState,
  dueReminderOffset,
  type NotificationParams,
  type ReminderOffset,
  reminderDedupeKey,
  reminderHorizonMs,
} from '@yanzhen/domain';
import type { Repositories } from '../../db/repositories';
import type { Clock } from '../../shared/clock';
import type { NewNotification } from './notification.repository';
import { coveringBodies } from './notification-audience.repository';

/** Applications that can still be submitted, and so are reminded of the closing submission window. */
const unsubmittedStates = ['draft', 'returned'];

type Deadline = { deadline: Date | null; title: string; titleEn: string | null };
const callParams = (c: { title: string; titleEn: string | null }): NotificationParams => ({
  callTitle: c.title,
  ...(c.titleEn ? { callTitleEn: c.titleEn } : {}),
});

/**
 * Deadline reminders, 7 days and 1 day ahead: the closing of a call's submission window (to applicants with
 * unsubmitted applications), a recommendation deadline (to recommenders with applications waiting in their
 * jurisdiction or an unsent batch) and a correction deadline (to the applicant). Each reminder's dedupe key makes
 * it happen once, however often and in however many processes the sweep runs.
 */
export function createReminderService(deps: { repos: Repositories; clock: Clock }) {
  const { repos } = deps;
  const audience = repos.notificationAudiences;

  function remind<T extends Deadline>(items: T[], now: Date) {
    return items.flatMap((item) => {
      const offset = item.deadline ? dueReminderOffset(item.deadline, now) : null;
      return offset && item.deadline ? [{ item, offset, deadline: item.deadline }] : [];
    });
  }
  const row = (
    kind: 'submissionClosingReminder' | 'recommendationDeadlineReminder' | 'correctionDueReminder',
    subjectId: string,
    userId: string,
    offset: ReminderOffset,
    deadline: Date,
    now: Date,
    rest: Pick<NewNotification, 'params' | 'applicationId' | 'callId'>,
  ): NewNotification => ({
    userId,
    kind,
    dedupeKey: reminderDedupeKey(kind, subjectId, userId, offset, deadline),
    createdAt: now,
    ...rest,
    params: { ...rest.params, offset, dueAt: deadline.toISOString() },
  });

  async function submissionClosing(now: Date, horizon: Date): Promise<NewNotification[]> {
    const out: NewNotification[] = [];
    for (const { item: call, offset, deadline } of remind(
      await audience.callsClosingBetween(now, horizon),
      now,
    )) {
      for (const app of await audience.applicationsOfCall(call.id, unsubmittedStates)) {
        out.push(
          row('submissionClosingReminder', app.id, app.createdBy, offset, deadline, now, {
            params: {
              ...callParams(call),
              applicationTitle: app.title,
              state: app.state as ApplicationState,
            },
            applicationId: app.id,
            callId: call.id,
          }),
        );
      }
    }
    return out;
  }

  async function recommendationDeadline(now: Date, horizon: Date): Promise<NewNotification[]> {
    const out: NewNotification[] = [];
    const calls = remind(await audience.callsWithRecommendationDeadlineBetween(now, horizon), now);
    if (!calls.length) return out;
    const jurisdictions = await audience.jurisdictions();
    for (const { item: call, offset, deadline } of calls) {
      const waiting = new Map<string, number>();
      for (const app of await audience.applicationsOfCall(call.id, ['orgApproved'])) {
        for (const body of coveringBodies(jurisdictions, {
          id: app.organisationId,
          regionCode: app.organisationRegionCode,
        }))
          waiting.set(body, (waiting.get(body) ?? 0) + 1);
      }
      for (const body of await audience.unsentBatchBodies(call.id)) waiting.set(body, waiting.get(body) ?? 0);
      for (const [body, count] of waiting) {
        for (const userId of await audience.recommendersOf([body])) {
          out.push(
            row('recommendationDeadlineReminder', call.id, userId, offset, deadline, now, {
              params: { ...callParams(call), count },
              callId: call.id,
            }),
          );
        }
      }
    }
    return out;
  }

  async function correctionDue(now: Date, horizon: Date): Promise<NewNotification[]> {
    const due = remind(await audience.correctionsDueBetween(now, horizon), now);
    return due.map(({ item: app, offset, deadline }) =>
      row('correctionDueReminder', app.id, app.createdBy, offset, deadline, now, {
        params: { ...callParams(app), applicationTitle: app.applicationTitle },
        applicationId: app.id,
        callId: app.callId,
      }),
    );
  }

  return {
    /** Writes every reminder due now that has not been written yet; returns how many were new. */
    async sweep(): Promise<number> {
      const now = deps.clock.now();
      const horizon = new Date(now.getTime() + reminderHorizonMs);
      const rows = [
        ...(await submissionClosing(now, horizon)),
        ...(await recommendationDeadline(now, horizon)),
        ...(await correctionDue(now, horizon)),
      ];
      let created = 0;
      for (let i = 0; i < rows.length; i += 500)
        created += await repos.notifications.insertMany(rows.slice(i, i + 500));
      return created;
    },
  };
}
export type ReminderService = ReturnType<typeof createReminderService>;
