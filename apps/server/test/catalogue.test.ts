import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAllCatalogueFiles } from '../src/modules/catalogue/catalogue-files';
import { createUser } from './support/factories';
import { type Client, createTestApp, login, type TestApp, testDatabaseKinds } from './support/test-app';

describe.each(testDatabaseKinds)('catalogue on %s PostgreSQL', (kind) => {
  let t: TestApp;
  let officer: Client;
  let applicant: Client;
  beforeAll(async () => {
    t = await createTestApp(kind);
    t.clock.set('2024-09-10T12:00:00+08:00'); // inside the 2025 call's window
    await t.deps.services.catalogue.syncFromFiles(readAllCatalogueFiles());
    const o = await createUser(t.deps, { roles: ['programmeOfficer'] });
    officer = await login(t.app, o.email, o.password);
    const a = await createUser(t.deps, { roles: ['applicant'] });
    applicant = await login(t.app, a.email, a.password);
  });
  afterAll(() => t.close());
  const get = (url: string) => t.app.inject({ url });

  it('loads every seed call once, and again changes nothing', async () => {
    const again = await t.deps.services.catalogue.syncFromFiles(readAllCatalogueFiles());
    expect(again).toMatchObject({ created: 0, updated: 0 });
    expect(again.unchanged).toBeGreaterThanOrEqual(6);
  });

  it('lists calls with their phase at the current moment in Asia/Shanghai', async () => {
    const { items } = (await get('/api/v1/calls')).json();
    const byId = Object.fromEntries(items.map((c: { id: string }) => [c.id, c]));
    expect(byId['zj-2025-cooperation']).toMatchObject({
      phase: 'open',
      submissionWindow: { end: '2024-09-20T17:30:00+08:00' },
    });
    expect(byId['zj-2025-cooperation'].msUntilNextBoundary).toBe(
      Date.parse('2024-09-20T17:30:00+08:00') - t.clock.now().getTime(),
    );
    expect(byId['zj-2024-central-guidance-fund'].phase).toBe('closed');
    expect(byId['zj-2024-central-guidance-fund'].embeddedIn).toBe('longquan-2024-needs-collection');
    expect(byId['most-2023-intergov-batch1'].directionCount).toBeGreaterThanOrEqual(15);
  });

  it('searches directions by country, field, applicant type, cap and words', async () => {
    const finland = (await get('/api/v1/directions?country=FI')).json();
    expect(finland.items.map((d: { year: number }) => d.year).sort()).toEqual(
      expect.arrayContaining([2024, 2025, 2026]),
    );
    const byWord = (await get(`/api/v1/directions?q=${encodeURIComponent('芬兰')}`)).json();
    expect(byWord.total).toBeGreaterThanOrEqual(finland.total);
    const capped = (await get('/api/v1/directions?capMax=60')).json();
    expect(capped.items.length).toBeGreaterThan(0);
    expect(capped.items.every((d: { fundingCapWan: number }) => d.fundingCapWan <= 60)).toBe(true);
    const health = (await get(`/api/v1/directions?field=${encodeURIComponent('生命健康')}`)).json();
    expect(health.items.length).toBeGreaterThan(0);
    expect(
      health.items.every((d: { priorityFields: string[] }) => d.priorityFields.includes('生命健康')),
    ).toBe(true);
    const facets = (await get('/api/v1/directions/facets')).json();
    expect(facets.countries.map((c: { code: string }) => c.code)).toEqual(
      expect.arrayContaining(['FI', 'IL', 'NO', 'SG']),
    );
    expect((await get('/api/v1/directions?capMin=abc')).statusCode).toBe(400);
  });

  it('resolves a direction with inherited values and the clause each came from', async () => {
    const finland2025 = (await get('/api/v1/directions?country=FI&callId=zj-2025-cooperation')).json()
      .items[0];
    const res = await get(`/api/v1/calls/zj-2025-cooperation/nodes/${encodeURIComponent(finland2025.code)}`);
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.effective.fundingCapWan.value).toBe(150);
    expect(d.effective.fundingCapWan.inheritedFrom).not.toBeNull();
    expect(d.effective.fundingCapWan.source.quote).toContain('150');
    expect(d.effective.foreignDeadline.value).toMatchObject({
      status: 'date',
      date: '2024-09-25T23:59:59+08:00',
    });
    expect(d.effective.foreignDeadline.inheritedFrom).toBeNull();
    expect(d.ancestors.map((a: { kind: string }) => a.kind)).toContain('category');
    expect((await get('/api/v1/calls/zj-2025-cooperation/nodes/no-such-code')).statusCode).toBe(404);
  });

  it('compares a partner across years and says what changed', async () => {
    const res = (await get('/api/v1/compare?country=FI')).json();
    const years = res.items.map((i: { direction: { year: number } }) => i.direction.year);
    expect(years).toEqual([...years].sort());
    expect(res.changes.length).toBe(res.items.length - 1);
    const paths = res.changes.flatMap((c: { changes: { path: string }[] }) => c.changes.map((x) => x.path));
    expect(paths).toEqual(expect.arrayContaining(['priorityFields', 'foreignDeadline']));
  });

  it('serves a deadline calendar that an iCalendar parser reads', async () => {
    const res = await get('/api/v1/calendar.ics');
    expect(res.headers['content-type']).toContain('text/calendar');
    for (const line of res.body.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const events = new ICAL.Component(ICAL.parse(res.body))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    const submission = events.find((e) => e.uid === 'zj-2025-cooperation-submission@yanzhen')!;
    expect(submission.endDate.toJSDate().toISOString()).toBe('2024-09-20T09:30:00.000Z');
    expect(submission.startDate.toJSDate().toISOString()).toBe('2024-09-04T16:00:00.000Z');
    const foreign = events.filter((e) => e.summary.startsWith('外方截止'));
    expect(foreign.length).toBeGreaterThan(3);
    const onlyFinland = new ICAL.Component(ICAL.parse((await get('/api/v1/calendar.ics?country=FI')).body));
    const fi = onlyFinland.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(fi.length).toBeGreaterThan(0);
    expect(fi.every((e) => e.summary.includes('芬兰'))).toBe(true);
  });

  it('exports every call in the documented format', async () => {
    const res = (await get('/api/v1/catalogue/export')).json();
    expect(res.format).toBe('yanzhen-catalogue/1');
    const ids = res.calls.map((c: { id: string }) => c.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'zj-2024-intl-preparatory',
        'zj-2025-cooperation',
        'zj-2026-cooperation-guide',
        'most-2023-intergov-batch1',
        'longquan-2024-needs-collection',
        'zj-2024-central-guidance-fund',
      ]),
    );
    for (const call of res.calls) {
      for (const key of [
        'id',
        'title',
        'issuer',
        'issueDate',
        'submissionWindow',
        'recommendationDeadline',
        'sourceDocument',
        'contacts',
        'quotas',
        'forms',
        'requirements',
        'nodes',
      ]) {
        expect(call, `${call.id}.${key}`).toHaveProperty(key);
      }
    }
  });

  it('shows a source document and refuses other paths', async () => {
    const ok = (await get('/api/v1/catalogue/sources/002_cf5fc7bd78082302.txt')).json();
    expect(ok.text).toContain('9 月 5 日至 9 月 20 日');
    expect((await get('/api/v1/catalogue/sources/..%2F..%2Fpackage.json')).statusCode).toBe(400);
    expect((await get('/api/v1/catalogue/sources/nope.txt')).statusCode).toBe(404);
  });

  it('lets programme officers author calls: drafts hidden, publish, edits become versions with a diff', async () => {
    const base = (await get('/api/v1/calls/zj-2025-cooperation')).json().call;
    const content = { ...base, id: 'zj-2027-practice', title: '2027 年度练习通知', status: 'draft' };
    expect((await applicant.request('POST', '/api/v1/calls', { content })).statusCode).toBe(403);
    const created = await officer.request('POST', '/api/v1/calls', { content });
    expect(created.statusCode).toBe(201);
    expect((await get('/api/v1/calls/zj-2027-practice')).statusCode).toBe(404);
    expect((await officer.request('GET', '/api/v1/calls/zj-2027-practice')).statusCode).toBe(200);
    const invalid = await officer.request('PUT', '/api/v1/calls/zj-2027-practice', {
      content: { ...content, submissionWindow: { start: 'tomorrow', end: null } },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().details[0].path).toBe('submissionWindow.start');

    expect((await officer.request('POST', '/api/v1/calls/zj-2027-practice/publish')).json().version).toBe(2);
    expect((await get('/api/v1/calls/zj-2027-practice')).statusCode).toBe(200);
    const edited = structuredClone(content);
    edited.nodes[0].name = '国际科技合作项目（修订）';
    const saved = await officer.request('PUT', '/api/v1/calls/zj-2027-practice', {
      content: edited,
      note: '修订名称',
    });
    expect(saved.json().version).toBe(3);
    const diff = (await officer.request('GET', '/api/v1/calls/zj-2027-practice/versions/3/diff')).json();
    expect(diff.changes).toEqual([
      {
        path: `nodes[${content.nodes[0].code}].name`,
        kind: 'changed',
        before: content.nodes[0].name,
        after: '国际科技合作项目（修订）',
      },
    ]);
    const versions = (await officer.request('GET', '/api/v1/calls/zj-2027-practice/versions')).json().items;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    const unchanged = await officer.request('PUT', '/api/v1/calls/zj-2027-practice', { content: edited });
    expect(unchanged.json().version).toBe(3);
  });
});
