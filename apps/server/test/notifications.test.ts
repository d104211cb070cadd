import type { Call } from '@yanzhen/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, notifications } from '../src/db/schema';
import { ensurePracticeCall, PRACTICE_CALL_ID } from '../src/demo/practice-call';
import { applyTransition } from '../src/modules/applications/application-transition';
import { readAllCatalogueFiles } from '../src/modules/catalogue/catalogue-files';
import { createJobRunner } from '../src/modules/jobs/job-runner';
import { jobNames, yanzhenJobs } from '../src/modules/jobs/yanzhen-jobs';
import { createOrganisation, createRecommender, createUser } from './support/factories';
import { type Client, createTestApp, login, type TestApp, testDatabaseKinds } from './support/test-app';

const CALL = 'notification-test-call';
const content = {
  basics: {
    title: '中芬联合研发',
    startDate: '2026-07-01',
    endDate: '2028-06-30',
    foreignApplicationReference: 'BF-1',
  },
  budget: { publicFundingWan: 30, selfFundingWan: 120, rdInvestmentWan: 150 },
};

type Item = {
  id: number;
  kind: string;
  subject: string;
  body: string;
  applicationId: string | null;
  read: boolean;
};

describe.each(testDatabaseKinds)('notifications on %s PostgreSQL', (kind) => {
  let t: TestApp;
  let applicant: Client;
  let admin: Client;
  let lishui: Client;
  let hangzhou: Client;
  let officer: Client;
  let applicantUser: { id: string; email: string };
  let adminUser: { id: string; email: string };
  let lishuiBodyId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    await t.deps.services.catalogue.syncFromFiles(readAllCatalogueFiles());
    await ensurePracticeCall(t.deps);
    const practice = (await t.deps.repos.catalogue.findCall(PRACTICE_CALL_ID))!.content as Call;
    await t.deps.services.catalogue.createCall(
      {
        ...practice,
        id: CALL,
        status: 'draft',
        title: '2026年度通知测试',
        titleEn: 'Notification Test Call',
        quotas: [],
      },
      null,
    );
    await t.deps.services.catalogue.setStatus(CALL, 'published', null);
    const org = await createOrganisation(t.deps, { regionCode: '331181', name: '龙泉测试企业' });
    applicantUser = await createUser(t.deps, { roles: ['applicant'], organisationId: org.id });
    await t.deps.repos.users.update(applicantUser.id, { locale: 'en-US' });
    adminUser = await createUser(t.deps, { roles: ['orgAdmin'], organisationId: org.id });
    const l = await createRecommender(t.deps, ['331100']);
    lishuiBodyId = l.body.id;
    const h = await createRecommender(t.deps, ['330100']);
    const o = await createUser(t.deps, { roles: ['programmeOfficer'] });
    applicant = await login(t.app, applicantUser.email, 'correct-horse-battery');
    admin = await login(t.app, adminUser.email, 'correct-horse-battery');
    lishui = await login(t.app, l.user.email, l.user.password);
    hangzhou = await login(t.app, h.user.email, h.user.password);
    officer = await login(t.app, o.email, o.password);
  });
  afterAll(() => t.close());

  const inbox = async (c: Client): Promise<{ items: Item[]; unread: number; total: number }> => {
    const res = await c.request('GET', '/api/v1/notifications?limit=100');
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const about = (items: Item[], applicationId: string) =>
    items.filter((i) => i.applicationId === applicationId);
  const mailsTo = (email: string) =>
    t.deps.database.db.select().from(mailOutbox).where(eq(mailOutbox.to, email));

  async function submitted() {
    const draft = (
      await applicant.request('POST', '/api/v1/applications', { callId: CALL, directionCode: '1.1' })
    ).json();
    const saved = await applicant.request('PUT', `/api/v1/applications/${draft.id}/draft`, {
      revision: draft.revision,
      content,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const res = await applicant.request('POST', `/api/v1/applications/${draft.id}/submit`, {
      revision: saved.json().revision,
    });
    expect(res.statusCode, res.body).toBe(200);
    return draft.id as string;
  }

  it('tells each person of a transition in their own language, and nobody else', async () => {
    const id = await submitted();
    const mine = about((await inbox(applicant)).items, id);
    expect(mine.map((i) => i.kind)).toEqual(['submitReceipt']);
    expect(mine[0]!.subject).toBe('Application received: 中芬联合研发');
    expect(mine[0]!.body).toContain('Notification Test Call');
    const theirs = about((await inbox(admin)).items, id);
    expect(theirs.map((i) => i.kind)).toEqual(['awaitingOrgApproval']);
    expect(theirs[0]!.subject).toBe('申报书《中芬联合研发》待单位审核');
    expect(theirs[0]!.body).toContain('2026年度通知测试');
    expect(about((await inbox(lishui)).items, id)).toEqual([]);

    expect((await admin.request('POST', `/api/v1/applications/${id}/org-approve`)).statusCode).toBe(200);
    expect(about((await inbox(applicant)).items, id).map((i) => i.kind)).toEqual([
      'orgApproved',
      'submitReceipt',
    ]);
    const rec = about((await inbox(lishui)).items, id);
    expect(rec.map((i) => i.kind)).toEqual(['awaitingRecommendation']);
    expect(rec[0]!.body).toContain('龙泉测试企业');
    expect(about((await inbox(hangzhou)).items, id)).toEqual([]);

    const back = await lishui.request('POST', `/api/v1/applications/${id}/recommender-return`, {
      reason: '请补充合作协议',
    });
    expect(back.statusCode, back.body).toBe(200);
    const latest = about((await inbox(applicant)).items, id)[0]!;
    expect(latest).toMatchObject({ kind: 'stateChanged', subject: 'Returned for revision: 中芬联合研发' });
    expect(latest.body).toContain('Reason: 请补充合作协议');
  });

  it('announces nothing for a refused transition or a rolled-back one', async () => {
    const id = await submitted();
    const count = async () =>
      (await t.deps.database.db.select().from(notifications).where(eq(notifications.applicationId, id)))
        .length;
    const before = await count();
    expect(before).toBe(2);
    expect((await applicant.request('POST', `/api/v1/applications/${id}/org-approve`)).statusCode).toBe(403);
    expect((await admin.request('POST', `/api/v1/applications/${id}/org-return`, {})).statusCode).toBe(400);
    expect(await count()).toBe(before);

    const applicantBefore = (await t.deps.repos.notifications.countForUser(applicantUser.id)).total;
    let applicantInside = 0;
    await expect(
      t.deps.transaction(async (repos) => {
        const app = (await repos.applications.findForUpdate(id))!;
        await applyTransition(repos, {
          app,
          name: 'orgApprove',
          relations: ['orgAdmin'],
          actorUserId: adminUser.id,
          reason: null,
          at: t.clock.now(),
        });
        applicantInside = (await repos.notifications.countForUser(applicantUser.id)).total;
        throw new Error('something later in the same transaction failed');
      }),
    ).rejects.toThrow('something later');
    expect(applicantInside).toBe(applicantBefore + 1);
    expect(await count()).toBe(before);
    expect((await t.deps.repos.notifications.countForUser(applicantUser.id)).total).toBe(applicantBefore);
    expect((await t.deps.repos.applications.findById(id))!.state).toBe('submitted');
  });

  it('mails each notification once, after the change, in the reader language', async () => {
    const id = await submitted();
    const pending = await t.deps.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.applicationId, id), eq(notifications.userId, applicantUser.id)));
    expect(pending[0]!.mailPending).toBe(true);
    const before = (await mailsTo(applicantUser.email)).length;

    // the pending mail waited in the database, with no runner about; a runner started now (as after a restart) delivers it
    const runner = createJobRunner({
      database: t.deps.database,
      jobs: yanzhenJobs(t.deps),
      log: () => {},
      pollingIntervalSeconds: 0.5,
    });
    await runner.start();
    try {
      await runner.runNow(jobNames.notificationMail);
    } finally {
      await runner.stop();
    }
    const toApplicant = await mailsTo(applicantUser.email);
    expect(toApplicant.length).toBeGreaterThan(before);
    const receipt = toApplicant.filter((m) => m.text.includes(`/applications/${id}`));
    expect(receipt.map((m) => m.subject)).toEqual(['[Yanzhen] Application received: 中芬联合研发']);
    expect((await mailsTo(adminUser.email)).map((m) => m.subject)).toContain(
      '【雁阵】申报书《中芬联合研发》待单位审核',
    );

    const total = (await t.deps.database.db.select().from(mailOutbox)).length;
    expect(await t.deps.services.notifications.deliverPendingMail()).toBe(0);
    expect((await t.deps.database.db.select().from(mailOutbox)).length).toBe(total);
    const after = await t.deps.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.applicationId, id));
    for (const n of after) expect(n.mailPending).toBe(false);
  });

  it('tells the programme office when a recommending body sends its batch', async () => {
    const id = await submitted();
    expect((await admin.request('POST', `/api/v1/applications/${id}/org-approve`)).statusCode).toBe(200);
    expect((await lishui.request('POST', `/api/v1/applications/${id}/recommend`)).statusCode).toBe(200);
    expect(about((await inbox(applicant)).items, id)[0]).toMatchObject({
      subject: 'Recommended: 中芬联合研发',
    });
    // the letter, the summary and the scan are the recommendation tests' subject; here they are simply there
    const now = t.clock.now();
    await t.deps.repos.recommendations.upsertBatch(CALL, lishuiBodyId, {
      letterGeneratedAt: now,
      summaryGeneratedAt: now,
      scanStorageKey: 'test/scan.pdf',
    });
    const sent = await lishui.request('POST', '/api/v1/recommendations/batch/send', { callId: CALL });
    expect(sent.statusCode, sent.body).toBe(200);
    const items = (await inbox(officer)).items.filter((i) => i.kind === 'batchSent');
    expect(items).toHaveLength(1);
    expect(items[0]!.body).toContain('共推荐 1 项');
    expect((await inbox(hangzhou)).items.filter((i) => i.kind === 'batchSent')).toEqual([]);
  });

  it('keeps the inbox private: nobody lists or marks another person notification', async () => {
    const mine = await inbox(applicant);
    const first = mine.items[0]!;
    expect(mine.unread).toBeGreaterThan(0);
    const theirs = await inbox(admin);
    expect(theirs.items.map((i) => i.id)).not.toContain(first.id);
    const other = await admin.request('POST', `/api/v1/notifications/${first.id}/read`);
    expect(other.statusCode).toBe(404);
    expect(other.json()).toMatchObject({ code: 'not_found' });
    expect((await inbox(applicant)).items.find((i) => i.id === first.id)!.read).toBe(false);
    expect((await t.app.inject({ url: '/api/v1/notifications' })).statusCode).toBe(401);

    const read = await applicant.request('POST', `/api/v1/notifications/${first.id}/read`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ id: first.id, read: true });
    expect((await inbox(applicant)).unread).toBe(mine.unread - 1);
    expect((await applicant.request('GET', '/api/v1/notifications/unread-count')).json()).toEqual({
      unread: mine.unread - 1,
    });
    const adminUnread = (await inbox(admin)).unread;
    const all = await applicant.request('POST', '/api/v1/notifications/read-all');
    expect(all.json()).toEqual({ marked: mine.unread - 1 });
    expect((await inbox(applicant)).unread).toBe(0);
    expect((await inbox(admin)).unread).toBe(adminUnread);
  });

  it('pages the inbox newest first', async () => {
    const all = await inbox(applicant);
    const page = (await applicant.request('GET', '/api/v1/notifications?limit=2&offset=1')).json();
    expect(page.total).toBe(all.total);
    expect(page.items.map((i: Item) => i.id)).toEqual(all.items.slice(1, 3).map((i) => i.id));
    expect((await applicant.request('GET', '/api/v1/notifications?limit=0')).statusCode).toBe(400);
  });
});
