import type { Call } from '@yanzhen/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePracticeCall, PRACTICE_CALL_ID } from '../src/demo/practice-call';
import { buildMinimalPdf } from '../src/modules/attachments/sample-files.fixture';
import { readAllCatalogueFiles } from '../src/modules/catalogue/catalogue-files';
import { createOrganisation, createRecommender, createUser } from './support/factories';
import { type Client, createTestApp, login, type TestApp, testDatabaseKinds } from './support/test-app';

const CALL = 'quota-test-call';
const BATCH_CALL = 'batch-test-call';
const INCENTIVE_CALL = 'incentive-test-call';
const content = {
  basics: {
    title: '联合研发',
    startDate: '2026-07-01',
    endDate: '2028-06-30',
    foreignApplicationReference: 'BF-1',
  },
  budget: { publicFundingWan: 30, selfFundingWan: 120, rdInvestmentWan: 150 },
};

describe.each(testDatabaseKinds)('recommendation with quotas on %s PostgreSQL', (kind) => {
  let t: TestApp;
  let lishui: Client;
  let hangzhou: Client;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await t.deps.services.catalogue.syncFromFiles(readAllCatalogueFiles());
    await ensurePracticeCall(t.deps);
    // a call like the practice call, whose quota table gives 丽水市 two places
    const practice = (await t.deps.repos.catalogue.findCall(PRACTICE_CALL_ID))!.content as Call;
    const quota = {
      scope: 'recommender',
      holder: '丽水市',
      limit: 2,
      appliesTo: [],
      combined: false,
      excludedFromQuota: false,
      quote: '丽水10项',
      location: '测试',
    };
    await t.deps.services.catalogue.createCall(
      { ...practice, id: CALL, status: 'draft', quotas: [quota] },
      null,
    );
    await t.deps.services.catalogue.setStatus(CALL, 'published', null);
    await t.deps.services.catalogue.createCall(
      { ...practice, id: BATCH_CALL, status: 'draft', quotas: [{ ...quota, limit: 10 }] },
      null,
    );
    await t.deps.services.catalogue.setStatus(BATCH_CALL, 'published', null);
    // an incentive allotment of five projects but 50 万元 of public funding (单列激励名额, capped in money)
    await t.deps.services.catalogue.createCall(
      {
        ...practice,
        id: INCENTIVE_CALL,
        status: 'draft',
        quotas: [
          { ...quota, limit: 10 },
          { ...quota, scope: 'incentiveCity', limit: 5, moneyCapWan: 50, quote: '丽水激励5项50万元' },
        ],
      },
      null,
    );
    await t.deps.services.catalogue.setStatus(INCENTIVE_CALL, 'published', null);
    const l = await createRecommender(t.deps, ['331100']);
    const h = await createRecommender(t.deps, ['330100']);
    lishui = await login(t.app, l.user.email, l.user.password);
    hangzhou = await login(t.app, h.user.email, h.user.password);
  });
  afterAll(() => t.close());

  /** An application of an enterprise in 龙泉市, submitted and approved by its organisation. */
  async function approvedApplication(callId = CALL) {
    const org = await createOrganisation(t.deps, { regionCode: '331181' });
    const applicantUser = await createUser(t.deps, {
      roles: ['applicant', 'orgAdmin'],
      organisationId: org.id,
    });
    const c = await login(t.app, applicantUser.email, applicantUser.password);
    const draft = (await c.request('POST', '/api/v1/applications', { callId, directionCode: '1.1' })).json();
    const revision = (
      await c.request('PUT', `/api/v1/applications/${draft.id}/draft`, { revision: draft.revision, content })
    ).json().revision;
    expect(
      (await c.request('POST', `/api/v1/applications/${draft.id}/submit`, { revision })).statusCode,
    ).toBe(200);
    expect((await c.request('POST', `/api/v1/applications/${draft.id}/org-approve`)).json().state.code).toBe(
      'orgApproved',
    );
    return { id: draft.id as string, applicant: c };
  }

  it('sees only its jurisdiction, recommends, and counts the quota', async () => {
    const a = await approvedApplication();
    const list = (await lishui.request('GET', `/api/v1/recommendations?callId=${CALL}`)).json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(a.id);
    expect(list.counters).toEqual([
      expect.objectContaining({ holder: '丽水市', limit: 2, used: 0, left: 2 }),
    ]);
    expect(list.truncated).toBe(false);
    expect(list.items.find((i: { id: string }) => i.id === a.id)).toMatchObject({ publicFundingWan: 30 });
    expect((await hangzhou.request('GET', `/api/v1/recommendations?callId=${CALL}`)).json().items).toEqual(
      [],
    );
    expect((await hangzhou.request('POST', `/api/v1/applications/${a.id}/recommend`)).statusCode).toBe(404);
    // the buttons come from the lifecycle table: the recommender's three, the applicant none
    expect((await lishui.request('GET', `/api/v1/applications/${a.id}`)).json().actions.sort()).toEqual([
      'recommend',
      'recommenderReject',
      'recommenderReturn',
    ]);
    expect((await a.applicant.request('GET', `/api/v1/applications/${a.id}`)).json().actions).toEqual([
      'withdraw',
    ]);

    const res = await lishui.request('POST', `/api/v1/applications/${a.id}/recommend`, {
      comment: '  合作基础扎实，同意推荐  ',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().state.code).toBe('recommended');
    expect(res.json().actions).toEqual([]);
    const after = (await lishui.request('GET', `/api/v1/recommendations?callId=${CALL}`)).json();
    expect(after.counters[0]).toMatchObject({ used: 1, left: 1 });
    const timeline = (await a.applicant.request('GET', `/api/v1/applications/${a.id}/timeline`)).json().items;
    expect(timeline.map((e: { transition: string }) => e.transition)).toEqual([
      'submit',
      'orgApprove',
      'recommend',
    ]);
    expect(timeline[2].reason).toBe('合作基础扎实，同意推荐');
    expect((await a.applicant.request('POST', `/api/v1/applications/${a.id}/withdraw`)).statusCode).toBe(409);
  });

  it('lets exactly one of concurrent recommendations take the last place', async () => {
    const apps = await Promise.all([
      approvedApplication(),
      approvedApplication(),
      approvedApplication(),
      approvedApplication(),
    ]);
    const results = await Promise.all(
      apps.map((a) => lishui.request('POST', `/api/v1/applications/${a.id}/recommend`)),
    );
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409, 409, 409]);
    for (const r of results.filter((x) => x.statusCode === 409)) {
      expect(r.json()).toMatchObject({ code: 'quota_exhausted' });
      expect(r.json().message).toContain('丽水市');
    }
    const counters = (await lishui.request('GET', `/api/v1/recommendations?callId=${CALL}`)).json().counters;
    expect(counters[0]).toMatchObject({ used: 2, left: 0 });
  });

  it('caps an incentive allotment by the public funding the recommended applications request', async () => {
    const a = await approvedApplication(INCENTIVE_CALL);
    const b = await approvedApplication(INCENTIVE_CALL);
    const first = await lishui.request('POST', `/api/v1/applications/${a.id}/recommend`, { incentive: true });
    expect(first.statusCode, first.body).toBe(200);
    // 30 万元 already on the allotment; another 30 would make 60 > 50
    const second = await lishui.request('POST', `/api/v1/applications/${b.id}/recommend`, {
      incentive: true,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'quota_exhausted' });
    const counters = (await lishui.request('GET', `/api/v1/recommendations?callId=${INCENTIVE_CALL}`)).json()
      .counters as { scope: string; used: number; usedWan: number; moneyCapWan: number | null }[];
    expect(counters.find((c) => c.scope === 'incentiveCity')).toMatchObject({
      used: 1,
      usedWan: 30,
      moneyCapWan: 50,
    });
    // on the ordinary quota it goes through
    const ordinary = await lishui.request('POST', `/api/v1/applications/${b.id}/recommend`);
    expect(ordinary.statusCode, ordinary.body).toBe(200);
  });

  it('returns with a reason, and closes at the recommendation deadline to the second', async () => {
    const a = await approvedApplication();
    expect(
      (await lishui.request('POST', `/api/v1/applications/${a.id}/recommender-return`, {})).json().code,
    ).toBe('reason_required');
    // bring the deadline to a minute from now, step one second past it, and back
    const call = (await t.deps.repos.catalogue.findCall(CALL))!.content as Call;
    const now = t.clock.now();
    const deadline = new Date(Math.floor(now.getTime() / 1000) * 1000 + 60_000);
    const iso = `${new Date(deadline.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
    await t.deps.services.catalogue.updateCall(CALL, { ...call, recommendationDeadline: iso }, null, 'test');
    t.clock.set(new Date(deadline.getTime() + 1000));
    const late = await lishui.request('POST', `/api/v1/applications/${a.id}/recommender-return`, {
      reason: '请补充合作协议',
    });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'recommendation_closed' });
    expect(late.json().message).toContain(iso.slice(11, 16));
    t.clock.set(deadline);
    const onTime = await lishui.request('POST', `/api/v1/applications/${a.id}/recommender-return`, {
      reason: '请补充合作协议',
    });
    expect(onTime.statusCode).toBe(200);
    t.clock.set(now);
    await t.deps.services.catalogue.updateCall(CALL, call, null, 'test');
    expect(onTime.json().state.code).toBe('returned');
    const view = (await a.applicant.request('GET', `/api/v1/applications/${a.id}`)).json();
    expect(view).toMatchObject({ state: { code: 'returned' }, actions: expect.arrayContaining(['submit']) });
  });

  it('produces the summary table and the letter, and sends the batch only with the stamped scan', {
    timeout: 120_000,
  }, async () => {
    const a = await approvedApplication(BATCH_CALL);
    const rec = await lishui.request('POST', `/api/v1/applications/${a.id}/recommend`);
    expect(rec.statusCode).toBe(200);
    expect(rec.json().state.code, rec.body).toBe('recommended');
    const status = (await lishui.request('GET', `/api/v1/recommendations/batch?callId=${BATCH_CALL}`)).json();
    expect(status.recommended).toBe(1);
    expect(status.sentAt).toBeNull();
    const early = await lishui.request('POST', '/api/v1/recommendations/batch/send', { callId: BATCH_CALL });
    expect(early.json()).toMatchObject({
      code: 'batch_incomplete',
      details: { missing: ['letter', 'summary', 'scan'] },
    });

    const xlsx = await lishui.request('GET', `/api/v1/recommendations/summary.xlsx?callId=${BATCH_CALL}`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const texts: string[] = [];
    sheet.eachRow((row) => texts.push(row.values ? JSON.stringify(row.values) : ''));
    expect(texts.join('\n')).toContain('联合研发');
    const docx = await lishui.request('GET', `/api/v1/recommendations/letter.docx?callId=${BATCH_CALL}`);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const pdf = await lishui.request('GET', `/api/v1/recommendations/letter.pdf?callId=${BATCH_CALL}`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      (await lishui.request('POST', '/api/v1/recommendations/batch/send', { callId: BATCH_CALL })).json()
        .details.missing,
    ).toEqual(['scan']);

    const body = multipartFile(buildMinimalPdf(), '盖章扫描件.pdf');
    const scan = await t.app.inject({
      method: 'POST',
      url: `/api/v1/recommendations/batch/scan?callId=${BATCH_CALL}`,
      headers: { cookie: lishui.cookie, 'x-csrf-token': lishui.csrfToken, 'content-type': body.contentType },
      payload: body.payload,
    });
    expect(scan.statusCode, scan.body).toBe(200);
    expect(scan.json().scan.fileName).toBe('盖章扫描件.pdf');
    const sent = await lishui.request('POST', '/api/v1/recommendations/batch/send', { callId: BATCH_CALL });
    expect(sent.json().sentAt).not.toBeNull();
    const again = await lishui.request('POST', '/api/v1/recommendations/batch/send', { callId: BATCH_CALL });
    expect(again.json().sentAt).toBe(sent.json().sentAt);
    expect(
      (await hangzhou.request('GET', `/api/v1/recommendations/batch?callId=${BATCH_CALL}`)).json()
        .recommended,
    ).toBe(0);
  });
});

function multipartFile(bytes: Buffer, name: string) {
  const boundary = `----yz${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}
