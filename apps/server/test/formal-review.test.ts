import { randomUUID } from 'node:crypto';
import { type Call, type GuideNode, toShanghaiIso } from '@yanzhen/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePracticeCall, PRACTICE_CALL_ID } from '../src/demo/practice-call';
import { buildMinimalPdf } from '../src/modules/attachments/sample-files.fixture';
import { readAllCatalogueFiles } from '../src/modules/catalogue/catalogue-files';
import { createOrganisation, createRecommender, createUser } from './support/factories';
import { type Client, createTestApp, login, type TestApp, testDatabaseKinds } from './support/test-app';

const CALL = 'formal-review-call';
const TIGHTENED_CALL = 'formal-review-tightened-call';
const DAY = 86_400_000;
const content = (piName: string) => ({
  basics: {
    title: `联合研发-${piName}`,
    startDate: '2026-07-01',
    endDate: '2028-06-30',
    foreignApplicationReference: 'BF-1',
  },
  principalInvestigator: { id: 'pi', name: piName },
  budget: { publicFundingWan: 30, selfFundingWan: 120, rdInvestmentWan: 150 },
});

/** The call with one direction changed (the guide tree is walked to find it). */
function withDirection(call: Call, code: string, patch: (n: GuideNode) => GuideNode): Call {
  const walk = (nodes: GuideNode[]): GuideNode[] =>
    nodes.map((n) => (n.code === code ? patch(n) : { ...n, children: walk(n.children) }));
  return { ...call, nodes: walk(call.nodes) };
}

function multipartPdf(fields: Record<string, string>, n: number) {
  const boundary = `----yz${Math.random().toString(16).slice(2)}`;
  const head = Object.entries(fields)
    .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
    .join('');
  const payload = Buffer.concat([
    Buffer.from(
      `${head}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="协议.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    buildMinimalPdf(`/Lang (zh-${n}) `),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

describe.each(testDatabaseKinds)('formal review on %s PostgreSQL', (kind) => {
  let t: TestApp;
  let officer: Client;
  let lishui: Client;
  let lishuiBodyId: string;
  let files = 0;

  beforeAll(async () => {
    t = await createTestApp(kind);
    await t.deps.services.catalogue.syncFromFiles(readAllCatalogueFiles());
    await ensurePracticeCall(t.deps);
    const practice = (await t.deps.repos.catalogue.findCall(PRACTICE_CALL_ID))!.content as Call;
    const quota = {
      scope: 'recommender',
      holder: '丽水市',
      limit: 100,
      appliesTo: [],
      combined: false,
      excludedFromQuota: false,
      quote: '丽水10项',
      location: '测试',
    };
    // the direction lists the cooperation agreement as required, without a rule that blocks submission
    const agreement = {
      code: 'cooperationAgreement',
      name: '合作协议',
      nameEn: 'Cooperation agreement',
      required: true,
    };
    const call = withDirection(practice, '1.1', (n) => ({ ...n, requiredAttachments: [agreement] }));
    for (const id of [CALL, TIGHTENED_CALL]) {
      await t.deps.services.catalogue.createCall({ ...call, id, status: 'draft', quotas: [quota] }, null);
      await t.deps.services.catalogue.setStatus(id, 'published', null);
    }
    const l = await createRecommender(t.deps, ['331100']);
    lishuiBodyId = l.body.id;
    lishui = await login(t.app, l.user.email, l.user.password);
    const o = await createUser(t.deps, { roles: ['programmeOfficer'] });
    officer = await login(t.app, o.email, o.password);
  });
  afterAll(() => t.close());

  /** A submitted, approved and recommended application of an enterprise in 龙泉市. */
  async function recommended(
    opts: { callId?: string; piName?: string; agreement?: boolean; organisationId?: string } = {},
  ) {
    const orgId = opts.organisationId ?? (await createOrganisation(t.deps, { regionCode: '331181' })).id;
    const user = await createUser(t.deps, { roles: ['applicant', 'orgAdmin'], organisationId: orgId });
    const c = await login(t.app, user.email, user.password);
    const callId = opts.callId ?? CALL;
    const draft = (await c.request('POST', '/api/v1/applications', { callId, directionCode: '1.1' })).json();
    const saved = await c.request('PUT', `/api/v1/applications/${draft.id}/draft`, {
      revision: draft.revision,
      content: content(opts.piName ?? `负责人${randomUUID().slice(0, 6)}`),
    });
    if (opts.agreement !== false) {
      const body = multipartPdf({ code: 'cooperationAgreement', signedOn: '2026-01-15' }, files++);
      const up = await t.app.inject({
        method: 'POST',
        url: `/api/v1/applications/${draft.id}/attachments`,
        headers: { cookie: c.cookie, 'x-csrf-token': c.csrfToken, 'content-type': body.contentType },
        payload: body.payload,
      });
      expect(up.statusCode, up.body).toBe(201);
    }
    const submit = await c.request('POST', `/api/v1/applications/${draft.id}/submit`, {
      revision: saved.json().revision,
    });
    expect(submit.statusCode, submit.body).toBe(200);
    expect((await c.request('POST', `/api/v1/applications/${draft.id}/org-approve`)).statusCode).toBe(200);
    const rec = await lishui.request('POST', `/api/v1/applications/${draft.id}/recommend`);
    expect(rec.json().state.code, rec.body).toBe('recommended');
    return { id: draft.id as string, applicant: c, orgId };
  }

  /** 丽水市 sends its batch for the call: every application it recommended, with its latest content hash. */
  async function sendBatch(callId = CALL) {
    const repos = t.deps.repos.recommendations;
    const rows = (await repos.listRecommended(callId)).filter(
      (r) => r.recommenderOrganisationId === lishuiBodyId,
    );
    const subs = await repos.latestSubmissions(rows.map((r) => r.id));
    const latest = (id: string) => subs.find((s) => s.applicationId === id)?.contentHash ?? null;
    await repos.upsertBatch(callId, lishuiBodyId, {
      sentAt: t.clock.now(),
      applications: rows.map((r) => ({ id: r.id, contentHash: latest(r.id) })),
    });
  }

  const start = async (id: string) => {
    const res = await officer.request('POST', `/api/v1/formal-reviews/${id}/start`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const check = (checks: { results: { code: string; status: string }[] }, code: string) =>
    checks.results.find((r) => r.code === code)!;
  const inDays = (days: number) => toShanghaiIso(new Date(t.clock.now().getTime() + days * DAY));

  it('passes every automatic check for a complete application in a sent batch', async () => {
    const a = await recommended();
    await sendBatch();
    const started = await start(a.id);
    expect(started.state.code).toBe('inFormalReview');
    expect(started.checks).toMatchObject({ passed: true, submissionVersion: 1 });
    expect(started.checks.results.map((r: { status: string }) => r.status)).toEqual([
      'pass',
      'pass',
      'pass',
      'pass',
    ]);
    expect(started.checks.ranAt).toMatch(/\+08:00$/);
    const again = await officer.request('POST', `/api/v1/formal-reviews/${a.id}/start`);
    expect(again.json()).toMatchObject({ code: 'transition_not_allowed' });
  });

  it('fails the attachment check when the required agreement is missing, and the batch check until it is sent', async () => {
    const a = await recommended({ agreement: false });
    const res = await start(a.id);
    expect(check(res.checks, 'requiredAttachments')).toMatchObject({
      status: 'fail',
      reasons: [{ 'zh-CN': '缺少附件：合作协议', 'en-US': 'Missing attachment: Cooperation agreement' }],
    });
    // nothing sent for this application yet: the batch (if any) does not list it
    expect(check(res.checks, 'recommendationBatch').status).toBe('fail');
    expect(check(res.checks, 'eligibility').status).toBe('pass');
    await sendBatch();
    const rerun = (await officer.request('POST', `/api/v1/formal-reviews/${a.id}/checks`)).json();
    expect(check(rerun, 'recommendationBatch').status).toBe('pass');
    expect(check(rerun, 'requiredAttachments').status).toBe('fail');
    expect(rerun.passed).toBe(false);
  });

  it('fails the batch check when the batch lists another version of the application', async () => {
    const a = await recommended();
    await sendBatch();
    const batch = await t.deps.repos.recommendations.findBatch(CALL, lishuiBodyId);
    const listed = (batch!.applications as { id: string; contentHash: string }[]).map((x) =>
      x.id === a.id ? { ...x, contentHash: 'f'.repeat(64) } : x,
    );
    await t.deps.repos.recommendations.upsertBatch(CALL, lishuiBodyId, { applications: listed });
    const res = await start(a.id);
    expect(check(res.checks, 'recommendationBatch')).toMatchObject({
      status: 'fail',
      reasons: [{ 'en-US': 'The batch lists a different content hash from the version recommended' }],
    });
    await sendBatch();
  });

  it('re-runs eligibility on the frozen content against the corrected catalogue', async () => {
    const a = await recommended({ callId: TIGHTENED_CALL });
    await sendBatch(TIGHTENED_CALL);
    expect(check((await start(a.id)).checks, 'eligibility').status).toBe('pass');
    // the office corrects the guide: the direction's funding cap is 20 万元, the application asked for 30
    const call = (await t.deps.repos.catalogue.findCall(TIGHTENED_CALL))!.content as Call;
    const cap = {
      kind: 'fundingCap' as const,
      params: { maxWan: 20 },
      severity: 'blocking' as const,
      quote: '最高补助20万元',
      location: '测试条款',
    };
    await t.deps.services.catalogue.updateCall(
      TIGHTENED_CALL,
      withDirection(call, '1.1', (n) => ({ ...n, requirements: [...n.requirements, cap] })),
      null,
      'cap corrected',
    );
    const rerun = (await officer.request('POST', `/api/v1/formal-reviews/${a.id}/checks`)).json();
    const eligibility = check(rerun, 'eligibility') as unknown as {
      status: string;
      reasons: { 'zh-CN': string }[];
    };
    expect(eligibility.status).toBe('fail');
    expect(eligibility.reasons.some((r) => r['zh-CN'].includes('测试条款'))).toBe(true);
  });

  it('finds the same principal investigator on two applications of the call', async () => {
    const org = await createOrganisation(t.deps, { regionCode: '331181' });
    const first = await recommended({ piName: '陈 明', organisationId: org.id });
    const second = await recommended({ piName: '陈明', organisationId: org.id });
    const other = await recommended({ piName: '陈明' }); // same name, another organisation: another person
    await sendBatch();
    const res = await start(first.id);
    const dup = check(res.checks, 'duplicatePrincipalInvestigator') as unknown as {
      status: string;
      reasons: { 'zh-CN': string }[];
    };
    expect(dup.status).toBe('fail');
    expect(dup.reasons).toHaveLength(1);
    expect(dup.reasons[0]!['zh-CN']).toContain('联合研发-陈明');
    expect(check((await start(other.id)).checks, 'duplicatePrincipalInvestigator').status).toBe('pass');
    expect(second.id).not.toBe(first.id);
  });

  it('lists for the office with filters, check summaries and pages', async () => {
    const failing = await recommended({ agreement: false });
    await start(failing.id);
    const waiting = await recommended();
    const list = (await officer.request('GET', `/api/v1/formal-reviews?callId=${CALL}&checks=failed`)).json();
    const ids = list.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(failing.id);
    expect(ids).not.toContain(waiting.id);
    const row = list.items.find((i: { id: string }) => i.id === failing.id);
    expect(row).toMatchObject({
      state: { code: 'inFormalReview' },
      recommender: { id: lishuiBodyId },
      checks: { passed: false },
    });
    const notRun = (
      await officer.request('GET', `/api/v1/formal-reviews?callId=${CALL}&checks=notRun`)
    ).json();
    expect(notRun.items.map((i: { id: string }) => i.id)).toContain(waiting.id);
    expect(notRun.items.every((i: { checks: unknown }) => i.checks === null)).toBe(true);
    const byState = (
      await officer.request('GET', `/api/v1/formal-reviews?callId=${CALL}&state=recommended`)
    ).json();
    expect(byState.items.every((i: { state: { code: string } }) => i.state.code === 'recommended')).toBe(
      true,
    );
    const other = (
      await officer.request('GET', `/api/v1/formal-reviews?recommenderId=${randomUUID()}`)
    ).json();
    expect(other).toMatchObject({ items: [], total: 0 });
    const page = (
      await officer.request('GET', `/api/v1/formal-reviews?callId=${CALL}&pageSize=1&page=2`)
    ).json();
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThan(1);

    // the same list as xlsx, every page, with the same filters
    const xlsx = await officer.request('GET', `/api/v1/formal-reviews.xlsx?callId=${CALL}&checks=failed`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain(`formal-reviews-${CALL}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(String(sheet.getRow(2).getCell(3).value)).toBe('项目名称\nProject title');
    const rows: string[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 2) rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    expect(rows).toHaveLength(list.total);
    expect(rows.every((r) => r[9]!.startsWith('未通过：'))).toBe(true);
    expect(rows.some((r) => r[9]!.includes('必备附件齐全'))).toBe(true);
    expect(rows.every((r) => r[7] === '形式审查中')).toBe(true);
    const bad = await officer.request('GET', '/api/v1/formal-reviews.xlsx?checks=maybe');
    expect(bad.statusCode).toBe(400);
    expect((await failing.applicant.request('GET', '/api/v1/formal-reviews.xlsx')).statusCode).toBe(403);
  });

  it('keeps the checklist for the application’s programme, refusing items it does not have', async () => {
    const a = await recommended();
    expect(
      (await officer.request('PUT', `/api/v1/formal-reviews/${a.id}/checklist`, { items: {} })).json().code,
    ).toBe('formal_review_not_started');
    await start(a.id);
    const detail = (await officer.request('GET', `/api/v1/formal-reviews/${a.id}`)).json();
    expect(detail.category.code).toBe('zhejiangCooperation');
    const codes = detail.checklist.items.map((i: { code: string }) => i.code);
    expect(codes).toContain('foreignSideApplied'); // direction 1.1 is bilateral
    expect(codes).not.toContain('aidLocationRecommendationLetter');
    expect(detail.submission.attachments[0]).toMatchObject({ code: 'cooperationAgreement' });
    const saved = await officer.request('PUT', `/api/v1/formal-reviews/${a.id}/checklist`, {
      items: {
        integrityPledgeSigned: { ok: true, note: '已核对盖章' },
        budgetConsistent: { ok: false, note: '合计差 1 万元' },
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().progress).toMatchObject({ ok: 1, notOk: 1 });
    const more = await officer.request('PUT', `/api/v1/formal-reviews/${a.id}/checklist`, {
      items: { foreignSideApplied: { ok: null, note: '' } },
    });
    expect(more.json().items.find((i: { code: string }) => i.code === 'budgetConsistent')).toMatchObject({
      ok: false,
      note: '合计差 1 万元',
    });
    const bad = await officer.request('PUT', `/api/v1/formal-reviews/${a.id}/checklist`, {
      items: { noIndirectCosts: { ok: true } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].path).toBe('items.noIndirectCosts');
  });

  it('accepts, rejects with reasons, and returns only with a future deadline', async () => {
    const [x, y, z] = [await recommended(), await recommended(), await recommended()];
    for (const a of [x, y, z]) await start(a.id);
    const accept = await officer.request('POST', `/api/v1/formal-reviews/${x.id}/decision`, {
      action: 'accept',
    });
    expect(accept.json().state.code).toBe('acceptedForExpertReview');
    expect(
      (
        await officer.request('POST', `/api/v1/formal-reviews/${y.id}/decision`, {
          action: 'reject',
          reason: ' ',
        })
      ).json().code,
    ).toBe('reason_required');
    const reject = await officer.request('POST', `/api/v1/formal-reviews/${y.id}/decision`, {
      action: 'reject',
      reason: '合作协议未签署',
    });
    expect(reject.json().state.code).toBe('rejected');
    const past = await officer.request('POST', `/api/v1/formal-reviews/${z.id}/decision`, {
      action: 'return',
      reason: '补充盖章',
      correctionDueAt: inDays(-1),
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().code).toBe('correction_deadline_invalid');
    const notShanghai = await officer.request('POST', `/api/v1/formal-reviews/${z.id}/decision`, {
      action: 'return',
      reason: '补充盖章',
      correctionDueAt: '2026-03-05T17:30:00Z',
    });
    expect(notShanghai.json().code).toBe('validation_failed');
    const outcome = (await y.applicant.request('GET', `/api/v1/applications/${y.id}/formal-review`)).json();
    expect(outcome).toMatchObject({ outcome: 'rejected', reason: '合作协议未签署', canResubmit: false });
    const timeline = (await x.applicant.request('GET', `/api/v1/applications/${x.id}/timeline`)).json().items;
    expect(timeline.map((e: { transition: string }) => e.transition).slice(-2)).toEqual([
      'startFormalReview',
      'acceptFormalReview',
    ]);
  });

  it('takes a correction back into formal review before its deadline, with a new frozen version', async () => {
    const a = await recommended();
    await sendBatch();
    await start(a.id);
    await officer.request('PUT', `/api/v1/formal-reviews/${a.id}/checklist`, {
      items: { budgetConsistent: { ok: false, note: '内部备注：预算表合计不符' } },
    });
    // deadlines within the session's lifetime, so that the signed-in clients stay signed in
    const due = inDays(2 / 24);
    const ret = await officer.request('POST', `/api/v1/formal-reviews/${a.id}/decision`, {
      action: 'return',
      reason: '请补充预算说明',
      correctionDueAt: due,
    });
    expect(ret.json().state.code).toBe('returnedForCorrection');
    const seen = await a.applicant.request('GET', `/api/v1/applications/${a.id}/formal-review`);
    expect(seen.json()).toMatchObject({
      outcome: 'returnedForCorrection',
      reason: '请补充预算说明',
      correctionDueAt: due,
      canResubmit: true,
    });
    expect(seen.body).not.toContain('内部备注');
    // the applicant is told in the inbox, with the reason and the deadline in Beijing time
    const inbox = (await a.applicant.request('GET', '/api/v1/notifications')).json().items;
    const notice = inbox.find((n: { applicationId: string }) => n.applicationId === a.id);
    expect(notice?.body).toContain('请补充预算说明');
    expect(notice?.body).toContain(due.slice(0, 16).replace('T', ' '));
    const view = (await a.applicant.request('GET', `/api/v1/applications/${a.id}`)).json();
    expect(view.actions).toEqual(['resubmitCorrection']);

    // the submission window has nothing to do with it: the correction deadline rules
    const saved = await a.applicant.request('PUT', `/api/v1/applications/${a.id}/draft`, {
      revision: view.revision,
      content: { ...content('补正后'), sections: { summary: '已补充预算说明' } },
    });
    t.clock.set(new Date(Date.parse(due) - 60_000));
    const resubmit = await a.applicant.request('POST', `/api/v1/applications/${a.id}/submit`, {
      revision: saved.json().revision,
    });
    t.clock.set(new Date(Date.parse(due) - 2 * 3600_000));
    expect(resubmit.statusCode, resubmit.body).toBe(200);
    expect(resubmit.json().version).toBe(2);
    const detail = (await officer.request('GET', `/api/v1/formal-reviews/${a.id}`)).json();
    expect(detail.application.state.code).toBe('inFormalReview');
    expect(detail.outcome).toBeNull();
    expect(detail.checks.submissionVersion).toBe(2);
    // the batch named version 1; the correction is noted, not failed
    expect(check(detail.checks, 'recommendationBatch')).toMatchObject({ status: 'pass' });
    expect(
      (check(detail.checks, 'recommendationBatch') as unknown as { reasons: unknown[] }).reasons,
    ).toHaveLength(2);
    const timeline = (await a.applicant.request('GET', `/api/v1/applications/${a.id}/timeline`)).json().items;
    expect(timeline.map((e: { transition: string }) => e.transition).slice(-2)).toEqual([
      'returnForCorrection',
      'resubmitCorrection',
    ]);
  });

  it('refuses a correction after its deadline, saying when it was', async () => {
    const a = await recommended();
    await start(a.id);
    const due = inDays(2 / 24);
    await officer.request('POST', `/api/v1/formal-reviews/${a.id}/decision`, {
      action: 'return',
      reason: '补充盖章',
      correctionDueAt: due,
    });
    const view = (await a.applicant.request('GET', `/api/v1/applications/${a.id}`)).json();
    const now = t.clock.now();
    t.clock.set(new Date(Date.parse(due) + 1000));
    const late = await a.applicant.request('POST', `/api/v1/applications/${a.id}/submit`, {
      revision: view.revision,
    });
    const outcome = (await a.applicant.request('GET', `/api/v1/applications/${a.id}/formal-review`)).json();
    t.clock.set(now);
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('correction_deadline_passed');
    expect(late.json().message).toContain(due.slice(0, 16).replace('T', ' '));
    expect(outcome.canResubmit).toBe(false);
    expect((await a.applicant.request('GET', `/api/v1/applications/${a.id}`)).json().state.code).toBe(
      'returnedForCorrection',
    );
  });

  it('acts in bulk with a result per id, keeping what succeeded', async () => {
    const [p, q, r] = [await recommended(), await recommended(), await recommended()];
    const draftOnly = (
      await p.applicant.request('POST', '/api/v1/applications', { callId: CALL, directionCode: '1.1' })
    ).json();
    const missing = randomUUID();
    const started = await officer.request('POST', '/api/v1/formal-reviews/bulk', {
      ids: [p.id, q.id, missing, draftOnly.id],
      action: 'start',
    });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json()).toMatchObject({ succeeded: 2, failed: 2 });
    const byId = (res: typeof started) =>
      Object.fromEntries(
        res
          .json()
          .results.map((x: { id: string; ok: boolean; error: { code: string } | null }) => [
            x.id,
            x.ok ? 'ok' : x.error!.code,
          ]),
      );
    expect(byId(started)).toEqual({
      [p.id]: 'ok',
      [q.id]: 'ok',
      [missing]: 'not_found',
      [draftOnly.id]: 'not_found',
    });

    // r was never started: it fails, p and q are accepted all the same
    const accepted = await officer.request('POST', '/api/v1/formal-reviews/bulk', {
      ids: [p.id, r.id, q.id],
      action: 'accept',
    });
    expect(byId(accepted)).toEqual({ [p.id]: 'ok', [r.id]: 'transition_not_allowed', [q.id]: 'ok' });
    const failure = accepted.json().results.find((x: { id: string }) => x.id === r.id);
    expect(failure.error.status).toBe(409);
    expect(failure.error.message).toContain('recommended');
    expect((await p.applicant.request('GET', `/api/v1/applications/${p.id}`)).json().state.code).toBe(
      'acceptedForExpertReview',
    );
    const noReason = await officer.request('POST', '/api/v1/formal-reviews/bulk', {
      ids: [r.id],
      action: 'reject',
    });
    expect(noReason.json().code).toBe('reason_required');
    const noDeadline = await officer.request('POST', '/api/v1/formal-reviews/bulk', {
      ids: [r.id],
      action: 'return',
      reason: '补正',
    });
    expect(noDeadline.json().code).toBe('correction_deadline_invalid');
  });

  it('lets only programme officers review; the applicant reads the outcome, never the checklist', async () => {
    const a = await recommended();
    const id = a.id;
    expect((await a.applicant.request('GET', '/api/v1/formal-reviews')).statusCode).toBe(403);
    expect((await a.applicant.request('GET', `/api/v1/formal-reviews/${id}`)).statusCode).toBe(403);
    expect((await lishui.request('POST', `/api/v1/formal-reviews/${id}/start`)).statusCode).toBe(403);
    expect(
      (await lishui.request('POST', '/api/v1/formal-reviews/bulk', { ids: [id], action: 'start' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await lishui.request('PUT', `/api/v1/formal-reviews/${id}/checklist`, { items: {} })).statusCode,
    ).toBe(403);
    expect(
      (await a.applicant.request('POST', `/api/v1/formal-reviews/${id}/decision`, { action: 'accept' }))
        .statusCode,
    ).toBe(403);
    expect((await officer.request('GET', `/api/v1/formal-reviews/${randomUUID()}`)).statusCode).toBe(404);
    await start(id);
    const mine = (await a.applicant.request('GET', `/api/v1/applications/${id}/formal-review`)).json();
    // still under review: the organisation sees the state only
    expect(mine).toMatchObject({ state: { code: 'inFormalReview' }, outcome: null, reason: null });
    expect(mine).not.toHaveProperty('checklist');
    const stranger = await createUser(t.deps, {
      roles: ['applicant'],
      organisationId: (await createOrganisation(t.deps)).id,
    });
    const s = await login(t.app, stranger.email, stranger.password);
    expect((await s.request('GET', `/api/v1/applications/${id}/formal-review`)).statusCode).toBe(404);
    expect((await officer.request('GET', `/api/v1/formal-reviews/${id}`)).statusCode).toBe(200);
  });
});
