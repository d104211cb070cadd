import type { ApplicationTransition, Call } from '@yanzhen/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formalReviews, notifications } from '../src/db/schema';
import { ensurePracticeCall, PRACTICE_CALL_ID } from '../src/demo/practice-call';
import { applyTransition } from '../src/modules/applications/application-transition';
import { readAllCatalogueFiles } from '../src/modules/catalogue/catalogue-files';
import { createJobRunner } from '../src/modules/jobs/job-runner';
import { jobNames, yanzhenJobs } from '../src/modules/jobs/yanzhen-jobs';
import { createOrganisation, createRecommender, createUser } from './support/factories';
import { createTestApp, login, type TestApp, testDatabaseKinds } from './support/test-app';

const CALL = 'reminder-test-call';
const SUBMISSION_END = '2026-03-11T17:30:00+08:00';
const RECOMMENDATION_DEADLINE = '2026-03-20T17:30:00+08:00';
const CORRECTION_DUE = '2026-03-05T17:30:00+08:00';
const content = {
  basics: {
    title: '提醒测试项目',
    startDate: '2026-07-01',
    endDate: '2028-06-30',
    foreignApplicationReference: 'R-1',
  },
  budget: { publicFundingWan: 30, selfFundingWan: 120, rdInvestmentWan: 150 },
};

describe.each(testDatabaseKinds)('deadline reminders on %s PostgreSQL', (kind) => {
  let t: TestApp;
  let drafter: { id: string };
  let drafterEmail: string;
  let waitingApplicant: { id: string };
  let corrector: { id: string };
  let lishuiUser: { id: string };
  let hangzhouUser: { id: string };
  let draftId: string;

  beforeAll(async () => {
    t = await createTestApp(kind); // the clock stands at 2026-03-01 09:00 Beijing time
    await t.deps.services.catalogue.syncFromFiles(readAllCatalogueFiles());
    await ensurePracticeCall(t.deps);
    const practice = (await t.deps.repos.catalogue.findCall(PRACTICE_CALL_ID))!.content as Call;
    await t.deps.services.catalogue.createCall(
      {
        ...practice,
        id: CALL,
        status: 'draft',
        title: '2026年度提醒测试通知',
        quotas: [],
        submissionWindow: { start: '2026-02-28T00:00:00+08:00', end: SUBMISSION_END },
        recommendationDeadline: RECOMMENDATION_DEADLINE,
      },
      null,
    );
    await t.deps.services.catalogue.setStatus(CALL, 'published', null);
    const org = await createOrganisation(t.deps, { regionCode: '331181' });
    const admin = await login(
      t.app,
      (await createUser(t.deps, { roles: ['orgAdmin'], organisationId: org.id })).email,
      'correct-horse-battery',
    );
    const l = await createRecommender(t.deps, ['331100']);
    const h = await createRecommender(t.deps, ['330100']);
    lishuiUser = l.user;
    hangzhouUser = h.user;
    const lishui = await login(t.app, l.user.email, l.user.password);

    const applicantIn = async (locale: 'zh-CN' | 'en-US') => {
      const user = await createUser(t.deps, { roles: ['applicant'], organisationId: org.id });
      await t.deps.repos.users.update(user.id, { locale });
      const client = await login(t.app, user.email, user.password);
      const draft = (
        await client.request('POST', '/api/v1/applications', { callId: CALL, directionCode: '1.1' })
      ).json();
      const saved = await client.request('PUT', `/api/v1/applications/${draft.id}/draft`, {
        revision: draft.revision,
        content,
      });
      expect(saved.statusCode, saved.body).toBe(200);
      return { user, client, id: draft.id as string, revision: saved.json().revision as number };
    };
    const submitAndApprove = async (a: Awaited<ReturnType<typeof applicantIn>>) => {
      expect(
        (await a.client.request('POST', `/api/v1/applications/${a.id}/submit`, { revision: a.revision }))
          .statusCode,
      ).toBe(200);
      expect((await admin.request('POST', `/api/v1/applications/${a.id}/org-approve`)).statusCode).toBe(200);
    };

    const d = await applicantIn('zh-CN');
    drafter = d.user;
    drafterEmail = (d.user as { email: string }).email;
    draftId = d.id;
    const w = await applicantIn('en-US');
    waitingApplicant = w.user;
    await submitAndApprove(w);
    const c = await applicantIn('en-US');
    corrector = c.user;
    await submitAndApprove(c);
    expect((await lishui.request('POST', `/api/v1/applications/${c.id}/recommend`)).statusCode).toBe(200);
    // the programme office returns it for correction (the lifecycle path, with its review row)
    const officer = await createUser(t.deps, { roles: ['programmeOfficer'] });
    const now = t.clock.now();
    await t.deps.database.db.insert(formalReviews).values({
      applicationId: c.id,
      submissionVersion: 1,
      automaticChecks: {},
      startedAt: now,
      correctionDueAt: new Date(CORRECTION_DUE),
    });
    for (const [name, reason] of [
      ['startFormalReview', null],
      ['returnForCorrection', '请补充盖章页'],
    ] as [ApplicationTransition, string | null][]) {
      await t.deps.transaction(async (repos) =>
        applyTransition(repos, {
          app: (await repos.applications.findForUpdate(c.id))!,
          name,
          relations: ['programmeOfficer'],
          actorUserId: officer.id,
          reason,
          at: now,
          correctionDueAt: name === 'returnForCorrection' ? new Date(CORRECTION_DUE) : null,
        }),
      );
    }
  });
  afterAll(() => t.close());

  const reminders = (userId: string, kind: string) =>
    t.deps.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)))
      .orderBy(notifications.id);
  const offsets = async (userId: string, kind: string) =>
    (await reminders(userId, kind)).map((r) => (r.params as { offset: string }).offset);

  it('reminds of a correction deadline 7 days ahead, and of nothing further away', async () => {
    const correction = (await reminders(corrector.id, 'stateChanged')).at(-1)!;
    expect(correction.params).toMatchObject({
      state: 'returnedForCorrection',
      dueAt: new Date(CORRECTION_DUE).toISOString(),
    });
    expect(await t.deps.services.reminders.sweep()).toBe(1);
    expect(await offsets(corrector.id, 'correctionDueReminder')).toEqual(['7d']);
    expect(await offsets(drafter.id, 'submissionClosingReminder')).toEqual([]);
    expect(await t.deps.services.reminders.sweep()).toBe(0);
  });

  it('reminds applicants with unsubmitted applications 7 days and 1 day before submission closes, once each', async () => {
    t.clock.set('2026-03-04T18:00:00+08:00');
    await t.deps.services.reminders.sweep();
    await t.deps.services.reminders.sweep();
    expect(await offsets(drafter.id, 'submissionClosingReminder')).toEqual(['7d']);
    expect(await offsets(waitingApplicant.id, 'submissionClosingReminder')).toEqual([]);
    // the correction deadline is now within a day
    expect(await offsets(corrector.id, 'correctionDueReminder')).toEqual(['7d', '1d']);

    t.clock.set('2026-03-10T18:00:00+08:00');
    const created = await Promise.all([t.deps.services.reminders.sweep(), t.deps.services.reminders.sweep()]);
    expect(created.sort()).toEqual([0, 1]);
    await t.deps.services.reminders.sweep();
    expect(await offsets(drafter.id, 'submissionClosingReminder')).toEqual(['7d', '1d']);

    const drafterClient = await login(t.app, drafterEmail, 'correct-horse-battery');
    const inbox = (await drafterClient.request('GET', '/api/v1/notifications')).json();
    const latest = inbox.items.find((i: { applicationId: string }) => i.applicationId === draftId);
    expect(latest.subject).toBe('申报将于1天后截止：《提醒测试项目》');
    expect(latest.body).toContain('2026-03-11 17:30（北京时间）');
  });

  it('reminds recommenders with applications waiting, once, across several runners and a restart', async () => {
    t.clock.set('2026-03-14T09:00:00+08:00');
    const runner = () =>
      createJobRunner({
        database: t.deps.database,
        jobs: yanzhenJobs(t.deps),
        log: () => {},
        pollingIntervalSeconds: 0.5,
      });
    const first = runner();
    const second = runner();
    await Promise.all([first.start(), second.start()]);
    try {
      await Promise.all([first.runNow(jobNames.reminders), second.runNow(jobNames.reminders)]);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
    expect(await offsets(lishuiUser.id, 'recommendationDeadlineReminder')).toEqual(['7d']);
    expect(await offsets(hangzhouUser.id, 'recommendationDeadlineReminder')).toEqual([]);
    const [row] = await reminders(lishuiUser.id, 'recommendationDeadlineReminder');
    expect(row!.params).toMatchObject({ count: 1, dueAt: new Date(RECOMMENDATION_DEADLINE).toISOString() });

    const restarted = runner();
    await restarted.start();
    try {
      await restarted.runNow(jobNames.reminders);
    } finally {
      await restarted.stop();
    }
    expect(await offsets(lishuiUser.id, 'recommendationDeadlineReminder')).toEqual(['7d']);
    // nothing is said of deadlines that have passed
    expect(await offsets(drafter.id, 'submissionClosingReminder')).toEqual(['7d', '1d']);
    expect(await offsets(corrector.id, 'correctionDueReminder')).toEqual(['7d', '1d']);

    t.clock.set('2026-03-20T09:00:00+08:00');
    expect(await t.deps.services.reminders.sweep()).toBe(1);
    expect(await offsets(lishuiUser.id, 'recommendationDeadlineReminder')).toEqual(['7d', '1d']);
  });
});
