import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePracticeCall, PRACTICE_CALL_ID } from '../src/demo/practice-call';
import { compact, extractPdfText } from '../src/modules/applications/documents/pdf-text.test-helper';
import { readAllCatalogueFiles } from '../src/modules/catalogue/catalogue-files';
import { createOrganisation, createUser } from './support/factories';
import { type Client, createTestApp, login, type TestApp, testDatabaseKinds } from './support/test-app';

const goodContent = (over: Record<string, unknown> = {}) => ({
  basics: {
    title: '中芬智能青瓷窑炉联合研发',
    startDate: '2026-07-01',
    endDate: '2028-06-30',
    foreignApplicationReference: 'BF-2026-0042',
  },
  budget: { publicFundingWan: 30, selfFundingWan: 120, rdInvestmentWan: 150 },
  sections: { summary: '面向青瓷烧制的智能窑炉联合研发。' },
  ...over,
});

describe.each(testDatabaseKinds)('applications on %s PostgreSQL', (kind) => {
  let t: TestApp;
  let applicant: Client;
  let admin: Client;
  let outsider: Client;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await t.deps.services.catalogue.syncFromFiles(readAllCatalogueFiles());
    await ensurePracticeCall(t.deps);
    const org = await createOrganisation(t.deps, { regionCode: '331181' }); // 龙泉市, a mountain county
    const a = await createUser(t.deps, { roles: ['applicant'], organisationId: org.id });
    const b = await createUser(t.deps, { roles: ['applicant', 'orgAdmin'], organisationId: org.id });
    const otherOrg = await createOrganisation(t.deps, { regionCode: '330106' });
    const o = await createUser(t.deps, { roles: ['applicant', 'orgAdmin'], organisationId: otherOrg.id });
    applicant = await login(t.app, a.email, a.password);
    admin = await login(t.app, b.email, b.password);
    outsider = await login(t.app, o.email, o.password);
  });
  afterAll(() => t.close());

  async function newDraft() {
    const res = await applicant.request('POST', '/api/v1/applications', {
      callId: PRACTICE_CALL_ID,
      directionCode: '1.1',
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; revision: number };
  }
  const save = (id: string, revision: number, content: unknown) =>
    applicant.request('PUT', `/api/v1/applications/${id}/draft`, { revision, content });

  it('finds the practice Finland direction for an organisation, with what is still missing', async () => {
    const items = (await applicant.request('GET', '/api/v1/finder')).json().items;
    const finland = items.find(
      (i: { callId: string; code: string }) => i.callId === PRACTICE_CALL_ID && i.code === '1.1',
    );
    expect(finland).toMatchObject({ name: '芬兰', phase: 'open', verdict: 'incomplete' });
    expect(finland.missing).toEqual(
      expect.arrayContaining(['application.requestedFundingWan', 'application.enterpriseRdInvestmentWan']),
    );
  });

  it('explains the 20% rule with the numbers and the clause, and passes at exactly 20%', async () => {
    const draft = await newDraft();
    const saved = await save(
      draft.id,
      draft.revision,
      goodContent({ budget: { publicFundingWan: 40, selfFundingWan: 120, rdInvestmentWan: 150 } }),
    );
    expect(saved.statusCode, saved.body).toBe(200);
    const report = (await applicant.request('GET', `/api/v1/applications/${draft.id}/eligibility`)).json();
    const rule = report.results.find((r: { kind: string }) => r.kind === 'fundingShareOfRdInvestment');
    expect(rule.outcome).toBe('fail');
    expect(rule.message['zh-CN']).toContain('40');
    expect(rule.message['zh-CN']).toContain('30');
    expect(rule.quote).toContain('不超过企业实际投入研发经费的20%');
    expect(report.summary.canSubmit).toBe(false);
    await save(draft.id, saved.json().revision, goodContent());
    const fixed = (await applicant.request('GET', `/api/v1/applications/${draft.id}/eligibility`)).json();
    expect(fixed.results.find((r: { kind: string }) => r.kind === 'fundingShareOfRdInvestment').outcome).toBe(
      'pass',
    );
  });

  it('refuses a stale save with a conflict that names the newer revision, and keeps the stored text', async () => {
    const draft = await newDraft();
    const first = await save(draft.id, draft.revision, goodContent({ sections: { summary: '第一个窗口' } }));
    expect(first.json().revision).toBe(2);
    const stale = await save(draft.id, draft.revision, goodContent({ sections: { summary: '第二个窗口' } }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'edit_conflict', details: { currentRevision: 2 } });
    const stored = (await applicant.request('GET', `/api/v1/applications/${draft.id}`)).json();
    expect(stored.content.sections.summary).toBe('第一个窗口');
    const diff = (await applicant.request('GET', `/api/v1/applications/${draft.id}/revisions/2/diff`)).json();
    expect(diff.changes.map((c: { path: string }) => c.path)).toEqual(
      expect.arrayContaining(['sections.summary', 'budget.publicFundingWan']),
    );
  });

  it('rejects malformed content with the path of the bad field', async () => {
    const draft = await newDraft();
    const res = await save(draft.id, draft.revision, {
      budget: { publicFundingWan: '很多' },
      basics: { startDate: '明年' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.map((d: { path: string }) => d.path)).toEqual(
      expect.arrayContaining(['budget.publicFundingWan', 'basics.startDate']),
    );
  });

  it('submits only inside the window, to the second, and only when blocking rules pass', async () => {
    const draft = await newDraft();
    const bad = await save(
      draft.id,
      draft.revision,
      goodContent({ budget: { publicFundingWan: 40, selfFundingWan: 120, rdInvestmentWan: 150 } }),
    );
    let revision = bad.json().revision;
    const refused = await applicant.request('POST', `/api/v1/applications/${draft.id}/submit`, { revision });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('not_eligible');
    revision = (await save(draft.id, revision, goodContent())).json().revision;

    // close the window a minute from now (sessions keep working: the clock moves only a minute)
    const call = (await t.app.inject({ url: `/api/v1/calls/${PRACTICE_CALL_ID}` })).json().call;
    const now = t.clock.now();
    const end = new Date(Math.floor(now.getTime() / 1000) * 1000 + 60_000);
    const endIso = `${new Date(end.getTime() + 8 * 3600_000).toISOString().slice(0, 19)}+08:00`;
    await t.deps.services.catalogue.updateCall(
      PRACTICE_CALL_ID,
      { ...call, submissionWindow: { ...call.submissionWindow, end: endIso } },
      null,
      'test',
    );
    t.clock.set(new Date(end.getTime() + 1000));
    const late = await applicant.request('POST', `/api/v1/applications/${draft.id}/submit`, { revision });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('outside_window');
    expect(late.json().message).toContain(endIso.slice(11, 16));
    t.clock.set(end);
    const onTime = await applicant.request('POST', `/api/v1/applications/${draft.id}/submit`, { revision });
    t.clock.set(now);
    await t.deps.services.catalogue.updateCall(PRACTICE_CALL_ID, call, null, 'test');
    expect(onTime.statusCode, onTime.body).toBe(200);
    expect(onTime.json()).toMatchObject({ version: 1, repeated: false });
    expect(onTime.json().contentHash).toMatch(/^[0-9a-f]{64}$/);

    const again = await applicant.request('POST', `/api/v1/applications/${draft.id}/submit`, { revision });
    expect(again.json()).toMatchObject({
      version: 1,
      repeated: true,
      contentHash: onTime.json().contentHash,
    });
    const frozen = await save(draft.id, revision, goodContent({ sections: { summary: '改' } }));
    expect(frozen.json().code).toBe('application_frozen');

    const pdf = await applicant.request('GET', `/api/v1/applications/${draft.id}/pdf`);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(compact((await extractPdfText(pdf.rawPayload)).pages.join(''))).toContain(
      '中芬智能青瓷窑炉联合研发',
    );
    const receipt = await applicant.request('GET', `/api/v1/applications/${draft.id}/receipt.pdf`);
    expect(compact((await extractPdfText(receipt.rawPayload)).pages.join(''))).toContain(
      onTime.json().contentHash.slice(0, 8),
    );
  });

  it('never makes two submissions from concurrent clicks', async () => {
    const draft = await newDraft();
    const revision = (await save(draft.id, draft.revision, goodContent())).json().revision;
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        applicant.request('POST', `/api/v1/applications/${draft.id}/submit`, { revision }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(results.filter((r) => r.json().repeated === false)).toHaveLength(1);
    expect(new Set(results.map((r) => r.json().contentHash)).size).toBe(1);
    const timeline = (await applicant.request('GET', `/api/v1/applications/${draft.id}/timeline`)).json()
      .items;
    expect(timeline.filter((e: { transition: string }) => e.transition === 'submit')).toHaveLength(1);
  });

  it("leaves the organisation only with its admin's approval; withdraw and reopen follow the lifecycle", async () => {
    const draft = await newDraft();
    const revision = (await save(draft.id, draft.revision, goodContent())).json().revision;
    await applicant.request('POST', `/api/v1/applications/${draft.id}/submit`, { revision });
    const notAdmin = await applicant.request('POST', `/api/v1/applications/${draft.id}/org-approve`);
    expect(notAdmin.statusCode, notAdmin.body).toBe(403);
    const noReason = await admin.request('POST', `/api/v1/applications/${draft.id}/org-return`, {});
    expect(noReason.json().code).toBe('reason_required');
    const approved = await admin.request('POST', `/api/v1/applications/${draft.id}/org-approve`);
    expect(approved.json().state.code).toBe('orgApproved');
    const withdrawn = await applicant.request('POST', `/api/v1/applications/${draft.id}/withdraw`);
    expect(withdrawn.json().state).toMatchObject({ code: 'withdrawn', applicant: { 'zh-CN': '已撤回' } });
    const reopened = await applicant.request('POST', `/api/v1/applications/${draft.id}/reopen`);
    expect(reopened.json()).toMatchObject({
      state: { code: 'draft' },
      actions: expect.arrayContaining(['submit']),
    });
    const timeline = (await admin.request('GET', `/api/v1/applications/${draft.id}/timeline`)).json().items;
    expect(timeline.map((e: { transition: string }) => e.transition)).toEqual([
      'submit',
      'orgApprove',
      'withdraw',
      'reopen',
    ]);
  });

  it('is invisible to other organisations', async () => {
    const draft = await newDraft();
    expect((await outsider.request('GET', `/api/v1/applications/${draft.id}`)).statusCode).toBe(404);
    expect(
      (await outsider.request('PUT', `/api/v1/applications/${draft.id}/draft`, { revision: 1, content: {} }))
        .statusCode,
    ).toBe(404);
    expect(
      (await outsider.request('POST', `/api/v1/applications/${draft.id}/submit`, { revision: 1 })).statusCode,
    ).toBe(404);
    expect((await outsider.request('GET', `/api/v1/applications/${draft.id}/eligibility`)).statusCode).toBe(
      404,
    );
    const list = (await outsider.request('GET', '/api/v1/applications')).json().items;
    expect(list.map((a: { id: string }) => a.id)).not.toContain(draft.id);
  });
});
