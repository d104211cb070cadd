import { type Call, type GuideNode, relationsFromRoles } from '@yanzhen/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePracticeCall, PRACTICE_CALL_ID } from '../src/demo/practice-call';
import { applyTransition } from '../src/modules/applications/application-transition';
import { readAllCatalogueFiles } from '../src/modules/catalogue/catalogue-files';
import { officeListColumns } from '../src/modules/office-dashboard/documents/office-list.xlsx';
import { headerText } from '../src/modules/office-dashboard/documents/xlsx-table';
import { createOrganisation, createRecommender, createUser } from './support/factories';
import { type Client, createTestApp, login, type TestApp, testDatabaseKinds } from './support/test-app';

const CALL = 'office-dashboard-call';
type Seeded = { id: string; funding: number };

/** Content that passes the practice call's checks: public funding P, self-funding 4P, R&D investment 5P. */
const contentFor = (title: string, funding: number) => ({
  basics: {
    title,
    startDate: '2026-07-01',
    endDate: '2028-06-30',
    foreignApplicationReference: 'BF-1',
  },
  budget: { publicFundingWan: funding, selfFundingWan: funding * 4, rdInvestmentWan: funding * 5 },
});

/** The practice guide with planned figures: 1.1 a planned budget, 1.2 a planned number of projects, 1.4 none. */
function withPlans(nodes: GuideNode[]): GuideNode[] {
  return nodes.map((n) => ({
    ...n,
    ...(n.code === '1.1' ? { plannedBudgetWan: 500 } : {}),
    ...(n.code === '1.2' ? { plannedProjects: 3 } : {}),
    children: withPlans(n.children),
  }));
}

async function readWorkbook(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}
const rowTexts = (sheet: ExcelJS.Worksheet, rowNumber: number) =>
  (sheet.getRow(rowNumber).values as unknown[]).slice(1).map((v) => (v === undefined ? null : v));
const dataRows = (sheet: ExcelJS.Worksheet) => {
  const out: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 2) out.push((row.values as unknown[]).slice(1));
  });
  return out;
};

describe.each(testDatabaseKinds)('programme office overview on %s PostgreSQL', (kind) => {
  let t: TestApp;
  let officer: Client;
  let admin: Client;
  let applicantOnly: Client;
  let lishuiRec: Client;
  const bodies: Record<'lishui' | 'hangzhou' | 'ningbo', { id: string; name: string; client: Client }> =
    {} as never;
  const apps: Record<string, Seeded> = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    await t.deps.services.catalogue.syncFromFiles(readAllCatalogueFiles());
    await ensurePracticeCall(t.deps);
    const practice = (await t.deps.repos.catalogue.findCall(PRACTICE_CALL_ID))!.content as Call;
    await t.deps.services.catalogue.createCall(
      {
        ...practice,
        id: CALL,
        title: '总览测试通知',
        status: 'draft',
        quotas: [],
        nodes: withPlans(practice.nodes),
      },
      null,
    );
    await t.deps.services.catalogue.setStatus(CALL, 'published', null);

    for (const [key, region] of [
      ['lishui', '331100'],
      ['hangzhou', '330100'],
      ['ningbo', '330200'],
    ] as const) {
      const r = await createRecommender(t.deps, [region]);
      bodies[key] = {
        id: r.body.id,
        name: r.body.name,
        client: await login(t.app, r.user.email, r.user.password),
      };
    }
    lishuiRec = bodies.lishui.client;
    const officerUser = await createUser(t.deps, { roles: ['programmeOfficer'] });
    officer = await login(t.app, officerUser.email, officerUser.password);
    const adminUser = await createUser(t.deps, { roles: ['sysAdmin'] });
    admin = await login(t.app, adminUser.email, adminUser.password);

    // one enterprise in each city: 龙泉市 (丽水), 西湖区 (杭州), 鄞州区 (宁波)
    const applicants: Record<string, Client> = {};
    for (const [city, region] of [
      ['lishui', '331181'],
      ['hangzhou', '330106'],
      ['ningbo', '330212'],
    ] as const) {
      const org = await createOrganisation(t.deps, { regionCode: region, name: `${city}企业` });
      const u = await createUser(t.deps, { roles: ['applicant', 'orgAdmin'], organisationId: org.id });
      applicants[city] = await login(t.app, u.email, u.password);
    }
    applicantOnly = applicants.lishui!;

    /** Drives one application through the real API (and the lifecycle table for the office's steps). */
    async function seed(
      name: string,
      city: 'lishui' | 'hangzhou' | 'ningbo',
      directionCode: string,
      funding: number,
      steps: string[],
      callId = CALL,
    ) {
      const c = applicants[city]!;
      const draft = (await c.request('POST', '/api/v1/applications', { callId, directionCode })).json();
      expect(draft.id, JSON.stringify(draft)).toBeTruthy();
      const saved = await c.request('PUT', `/api/v1/applications/${draft.id}/draft`, {
        revision: draft.revision,
        content: contentFor(name, funding),
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const recommender = bodies[city].client;
      for (const step of steps) {
        let res: Awaited<ReturnType<Client['request']>> | null = null;
        if (step === 'submit')
          res = await c.request('POST', `/api/v1/applications/${draft.id}/submit`, {
            revision: saved.json().revision,
          });
        if (step === 'approve') res = await c.request('POST', `/api/v1/applications/${draft.id}/org-approve`);
        if (step === 'withdraw') res = await c.request('POST', `/api/v1/applications/${draft.id}/withdraw`);
        if (step === 'recommend')
          res = await recommender.request('POST', `/api/v1/applications/${draft.id}/recommend`);
        if (step === 'reject')
          res = await recommender.request('POST', `/api/v1/applications/${draft.id}/recommender-reject`, {
            reason: '不符合推荐条件',
          });
        if (res) expect(res.statusCode, `${name} ${step}: ${res.body}`).toBe(200);
        if (['startFormalReview', 'rejectFormalReview'].includes(step)) {
          await t.deps.transaction(async (repos) => {
            const row = (await repos.applications.findForUpdate(draft.id))!;
            await applyTransition(repos, {
              app: row,
              name: step as 'startFormalReview' | 'rejectFormalReview',
              relations: relationsFromRoles(['programmeOfficer']),
              actorUserId: officerUser.id,
              reason: step === 'rejectFormalReview' ? '形式审查不通过' : null,
              at: t.clock.now(),
            });
          });
        }
      }
      apps[name] = { id: draft.id, funding };
    }

    await seed('草稿一', 'lishui', '1.1', 10, []);
    await seed('待审核二', 'hangzhou', '1.2', 20, ['submit']);
    await seed('待推荐三', 'lishui', '1.1', 30, ['submit', 'approve']);
    await seed('已推荐四', 'lishui', '1.1', 40, ['submit', 'approve', 'recommend']);
    await seed('量子通信五', 'lishui', '1.2', 50, ['submit', 'approve', 'recommend']);
    await seed('已推荐六', 'hangzhou', '1.4', 60, ['submit', 'approve', 'recommend']);
    await seed('不予推荐七', 'ningbo', '1.4', 70, ['submit', 'approve', 'reject']);
    await seed('已撤回八', 'hangzhou', '1.1', 80, ['submit', 'withdraw']);
    await seed('形式审查九', 'ningbo', '1.2', 90, ['submit', 'approve', 'recommend', 'startFormalReview']);
    await seed('不通过十', 'hangzhou', '1.1', 100, [
      'submit',
      'approve',
      'recommend',
      'startFormalReview',
      'rejectFormalReview',
    ]);
    // another call: counted under "all calls", never under this one
    await seed('练习十一', 'lishui', '1.1', 15, ['submit', 'approve', 'recommend'], PRACTICE_CALL_ID);
  }, 240_000);
  afterAll(() => t.close());

  it('counts by state with the staff labels, drafts included, and funding only for what is in the running', async () => {
    const res = await officer.request('GET', `/api/v1/office/dashboard?callId=${CALL}`);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    const counts = Object.fromEntries(
      view.byState.map((s: { code: string; count: number }) => [s.code, s.count]),
    );
    expect(counts).toEqual({
      draft: 1,
      submitted: 1,
      orgApproved: 1,
      returned: 0,
      withdrawn: 1,
      recommended: 3,
      recommenderRejected: 1,
      inFormalReview: 1,
      acceptedForExpertReview: 0,
      returnedForCorrection: 0,
      rejected: 1,
    });
    expect(view.byState.find((s: { code: string }) => s.code === 'recommended').label).toEqual({
      'zh-CN': '已推荐，待形式审查',
      'en-US': 'Recommended, awaiting formal review',
    });
    expect(view.totals).toEqual({
      applications: 10,
      drafts: 1,
      submitted: 8,
      inRunning: 6,
      // 20 + 30 + 40 + 50 + 60 + 90: not the draft, the withdrawn, the declined or the rejected one
      requestedWan: 290,
      // 1.1 has 500 planned; 1.2 has 3 projects × 150 cap; every other direction has no plan
      plannedWan: 950,
      directionsWithPlan: 2,
      directions: view.directions.length,
    });
    expect(view.calls.map((c: { id: string }) => c.id)).toEqual(
      expect.arrayContaining([CALL, PRACTICE_CALL_ID]),
    );
  });

  it('breaks submitted applications down by city, recommender, country, field and call', async () => {
    const view = (await officer.request('GET', `/api/v1/office/dashboard?callId=${CALL}`)).json();
    const pick = (rows: { count: number; requestedWan: number }[], key: (r: never) => unknown) =>
      Object.fromEntries(rows.map((r) => [String(key(r as never)), [r.count, r.requestedWan]]));
    expect(pick(view.byCity, (r: { code: string }) => r.code)).toEqual({
      '331100': [3, 120],
      '330100': [3, 80],
      '330200': [2, 90],
    });
    expect(view.byCity.find((c: { code: string }) => c.code === '331100').name).toEqual({
      'zh-CN': '丽水市',
      'en-US': 'Lishui',
    });
    expect(pick(view.byRecommender, (r: { name: string | null }) => r.name)).toEqual({
      null: [3, 50],
      [bodies.lishui.name]: [2, 90],
      [bodies.hangzhou.name]: [2, 60],
      // the declined application carries no recommender: it is in the first bucket
      [bodies.ningbo.name]: [1, 90],
    });
    expect(pick(view.byCountry, (r: { code: string }) => r.code)).toEqual({
      FI: [3, 70],
      IL: [3, 160],
      SG: [2, 60],
    });
    const fields = pick(view.byField, (r: { field: string }) => r.field);
    expect(fields).toMatchObject({ 碳减排: [3, 70], 水处理: [3, 160], 智慧城市: [2, 60] });
    expect(pick(view.byCall, (r: { id: string }) => r.id)).toEqual({ [CALL]: [8, 290] });
    expect(view.byCategory.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(8);

    const all = (await officer.request('GET', '/api/v1/office/dashboard')).json();
    expect(all.callId).toBeNull();
    expect(all.totals).toMatchObject({ applications: 11, submitted: 9, inRunning: 7, requestedWan: 305 });
    expect(pick(all.byCall, (r: { id: string }) => r.id)).toEqual({
      [CALL]: [8, 290],
      [PRACTICE_CALL_ID]: [1, 15],
    });
  });

  it('sets requested against planned funding per direction, with "no plan" where the guide gives none', async () => {
    const view = (await officer.request('GET', `/api/v1/office/dashboard?callId=${CALL}`)).json();
    const d = (code: string) => view.directions.find((x: { code: string }) => x.code === code);
    expect(d('1.1')).toMatchObject({
      applications: 2,
      requestedWan: 70,
      plannedWan: 500,
      plannedBasis: 'plannedBudget',
      ratio: 0.14,
    });
    expect(d('1.2')).toMatchObject({
      applications: 3,
      requestedWan: 160,
      plannedWan: 450,
      plannedBasis: 'capTimesProjects',
    });
    expect(d('1.2').ratio).toBeCloseTo(160 / 450, 10);
    expect(d('1.4')).toMatchObject({ applications: 1, requestedWan: 60, plannedWan: null, ratio: null });
    expect(d('1.3')).toMatchObject({ applications: 0, requestedWan: 0, plannedWan: null });
    expect(view.directions.every((x: { callId: string }) => x.callId === CALL)).toBe(true);
  });

  it('lists what was recommended to the office, with every filter', async () => {
    const ids = async (query: string) => {
      const res = await officer.request('GET', `/api/v1/office/applications?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res
        .json()
        .items.map((i: { id: string }) => i.id)
        .sort();
    };
    const of = (...names: string[]) => names.map((n) => apps[n]!.id).sort();
    expect(await ids(`callId=${CALL}`)).toEqual(
      of('已推荐四', '量子通信五', '已推荐六', '形式审查九', '不通过十'),
    );
    expect(await ids('')).toEqual(
      of('已推荐四', '量子通信五', '已推荐六', '形式审查九', '不通过十', '练习十一'),
    );
    expect(await ids(`callId=${CALL}&city=331100`)).toEqual(of('已推荐四', '量子通信五'));
    expect(await ids('city=331100')).toEqual(of('已推荐四', '量子通信五', '练习十一'));
    expect(await ids(`recommender=${bodies.hangzhou.id}`)).toEqual(of('已推荐六', '不通过十'));
    expect(await ids(`callId=${CALL}&country=IL`)).toEqual(of('量子通信五', '形式审查九'));
    expect(await ids(`callId=${CALL}&country=${encodeURIComponent('以色列')}`)).toEqual(
      of('量子通信五', '形式审查九'),
    );
    expect(await ids(`callId=${CALL}&field=${encodeURIComponent('碳减排')}`)).toEqual(
      of('已推荐四', '不通过十'),
    );
    expect(await ids('state=rejected')).toEqual(of('不通过十'));
    expect(await ids(`q=${encodeURIComponent('量子')}`)).toEqual(of('量子通信五'));
    expect(await ids('q=100%25')).toEqual([]);

    const page = (
      await officer.request('GET', `/api/v1/office/applications?callId=${CALL}&pageSize=2&page=3`)
    ).json();
    expect(page).toMatchObject({ total: 5, page: 3, pageSize: 2 });
    expect(page.items).toHaveLength(1);
    const item = (
      await officer.request('GET', `/api/v1/office/applications?q=${encodeURIComponent('量子')}`)
    ).json().items[0];
    expect(item).toMatchObject({
      title: '量子通信五',
      callId: CALL,
      directionCode: '1.2',
      countryCode: 'IL',
      state: { code: 'recommended' },
      publicFundingWan: 50,
      organisation: { name: 'lishui企业', cityName: { 'zh-CN': '丽水市', 'en-US': 'Lishui' } },
      recommender: { id: bodies.lishui.id, name: bodies.lishui.name },
    });
    expect(item.recommendedAt).toMatch(/^2026-03-01T09:00:00\+08:00$/);
    // the admin reads the same list
    expect((await admin.request('GET', `/api/v1/office/applications?callId=${CALL}`)).json().total).toBe(5);
  });

  it('exports the filtered list to xlsx with a bilingual header and Beijing times', async () => {
    const res = await officer.request('GET', `/api/v1/office/applications.xlsx?callId=${CALL}&city=331100`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`office-applications-${CALL}.xlsx`);
    const sheet = (await readWorkbook(res.rawPayload)).worksheets[0]!;
    expect(String(sheet.getCell('A1').value)).toContain('总览测试通知');
    expect(rowTexts(sheet, 2)).toEqual(officeListColumns.map(headerText));
    expect(rowTexts(sheet, 2)[0]).toBe('项目名称\nProject title');
    const rows = dataRows(sheet);
    expect(rows.map((r) => r[0]).sort()).toEqual(['已推荐四', '量子通信五'].sort());
    const quantum = rows.find((r) => r[0] === '量子通信五')!;
    expect(quantum[3]).toBe('以色列');
    expect(quantum[6]).toBe('丽水市');
    expect(quantum[7]).toBe(bodies.lishui.name);
    expect(quantum[8]).toBe('已推荐，待形式审查');
    expect(quantum[9]).toBe(50);
    expect(quantum[10]).toBe('2026-03-01 09:00');
    expect(quantum[12]).toBe(apps.量子通信五!.id);

    const everything = await officer.request('GET', '/api/v1/office/applications.xlsx');
    expect(dataRows((await readWorkbook(everything.rawPayload)).worksheets[0]!)).toHaveLength(6);
  });

  it('reads a large export in batches, each match exactly once, by call, direction and id', async () => {
    const batches: string[][] = [];
    for await (const batch of t.deps.repos.officeDashboard.listAll({}, 2))
      batches.push(batch.map((r) => r.id));
    expect(batches.map((b) => b.length)).toEqual([2, 2, 2]);
    const ids = batches.flat();
    expect([...ids].sort()).toEqual(
      ['已推荐四', '量子通信五', '已推荐六', '形式审查九', '不通过十', '练习十一']
        .map((n) => apps[n]!.id)
        .sort(),
    );
    const rows = (await t.deps.repos.officeDashboard.listPage({}, { limit: 100, offset: 0 })).rows;
    const key = (id: string) => {
      const r = rows.find((x) => x.id === id)!;
      return [r.callId, r.directionCode, r.id];
    };
    const keys = ids.map(key);
    expect(keys).toEqual([...keys].sort((x, y) => (x.join('\u0000') < y.join('\u0000') ? -1 : 1)));
  });

  it('exports the overview tables to xlsx, one sheet each', async () => {
    const res = await officer.request('GET', `/api/v1/office/dashboard.xlsx?callId=${CALL}`);
    expect(res.statusCode).toBe(200);
    const workbook = await readWorkbook(res.rawPayload);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '按状态 By state',
      '按城市 By city',
      '按推荐单位 By recommender',
      '按国别 By country',
      '按领域 By field',
      '按通知 By call',
      '经费 Funding',
    ]);
    const states = dataRows(workbook.getWorksheet('按状态 By state')!);
    expect(states).toHaveLength(11);
    expect(states.find((r) => r[0] === '已推荐，待形式审查')).toEqual([
      '已推荐，待形式审查',
      'Recommended, awaiting formal review',
      3,
    ]);
    const city = workbook.getWorksheet('按城市 By city')!;
    expect(rowTexts(city, 2)).toEqual([
      '城市\nCity',
      '申报数（已提交）\nApplications (submitted)',
      '申请财政经费（万元）\nPublic funding requested (10,000 yuan)',
    ]);
    expect(dataRows(city).find((r) => r[0] === '丽水市')).toEqual(['丽水市', 3, 120]);
    const funding = dataRows(workbook.getWorksheet('经费 Funding')!);
    expect(funding.find((r) => r[1] === '1.1')!.slice(3, 8)).toEqual([2, 70, 500, 0.14, '指南拟安排经费']);
    expect(funding.find((r) => r[1] === '1.4')!.slice(3, 8)).toEqual(
      [1, 60, null, null, '—'].map((v) => v ?? undefined),
    );
  });

  it('exports the recommender workspace list with its filters', async () => {
    const res = await lishuiRec.request('GET', `/api/v1/recommendations/list.xlsx?callId=${CALL}`);
    expect(res.statusCode, res.body).toBe(200);
    const sheet = (await readWorkbook(res.rawPayload)).worksheets[0]!;
    expect(rowTexts(sheet, 2).slice(0, 2)).toEqual(['项目名称\nProject title', '通知编号\nCall']);
    const rows = dataRows(sheet);
    expect(rows.map((r) => r[0]).sort()).toEqual(['已推荐四', '待推荐三', '量子通信五'].sort());
    expect(rows.find((r) => r[0] === '已推荐四')!.slice(5, 8)).toEqual(['已推荐，待形式审查', 40, '是']);
    expect(rows.find((r) => r[0] === '待推荐三')!.slice(5, 8)).toEqual(['待推荐', 30, '否']);
    const filtered = await lishuiRec.request(
      'GET',
      `/api/v1/recommendations/list.xlsx?callId=${CALL}&state=orgApproved`,
    );
    expect(dataRows((await readWorkbook(filtered.rawPayload)).worksheets[0]!).map((r) => r[0])).toEqual([
      '待推荐三',
    ]);
    expect((await officer.request('GET', '/api/v1/recommendations/list.xlsx')).statusCode).toBe(403);
  });

  it('refuses applicants and recommenders', async () => {
    for (const url of [
      '/api/v1/office/dashboard',
      '/api/v1/office/dashboard.xlsx',
      '/api/v1/office/applications',
      '/api/v1/office/applications.xlsx',
    ]) {
      for (const client of [applicantOnly, lishuiRec]) {
        const res = await client.request('GET', url);
        expect(res.statusCode, url).toBe(403);
        expect(res.json().code).toBe('forbidden');
      }
      expect((await t.app.inject({ url })).statusCode).toBe(401);
    }
    expect((await applicantOnly.request('GET', '/api/v1/recommendations/list.xlsx')).statusCode).toBe(403);
  });

  it('answers malformed filters with 400 and field errors', async () => {
    for (const [query, field] of [
      ['state=draft', 'state'],
      ['state=bogus', 'state'],
      ['city=331181', 'city'],
      ['city=abc', 'city'],
      ['recommender=not-a-uuid', 'recommender'],
      ['pageSize=1000', 'pageSize'],
      ['page=0', 'page'],
      ['page=x', 'page'],
      ['callId=Bad_ID', 'callId'],
      ['q=a&q=b', 'q'],
      [`q=${'长'.repeat(101)}`, 'q'],
    ] as const) {
      const res = await officer.request('GET', `/api/v1/office/applications?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().code).toBe('validation_failed');
      expect(
        res
          .json()
          .details.map((d: { path: string }) => d.path)
          .join(' '),
        query,
      ).toContain(field);
    }
    for (const url of [
      '/api/v1/office/dashboard?callId=..%2Fetc',
      '/api/v1/office/dashboard.xlsx?callId=%27%20or%201%3D1',
      '/api/v1/office/applications.xlsx?city=999999',
      '/api/v1/recommendations/list.xlsx?state=draft',
    ]) {
      const client = url.includes('recommendations') ? lishuiRec : officer;
      const res = await client.request('GET', url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
    // an unknown call is not an error: it has no applications
    const unknown = (await officer.request('GET', '/api/v1/office/dashboard?callId=no-such-call')).json();
    expect(unknown.totals).toMatchObject({ applications: 0, requestedWan: 0, directions: 0 });
  });
});
