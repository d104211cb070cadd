import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createRecommender, createUser } from './support/factories';
import { createTestApp, login, type TestApp, testDatabaseKinds } from './support/test-app';

describe.each(testDatabaseKinds)('organisations on %s PostgreSQL', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  async function orgWithAdmin(regionCode = '331181') {
    const org = await createOrganisation(t.deps, { regionCode });
    const admin = await createUser(t.deps, { roles: ['applicant', 'orgAdmin'], organisationId: org.id });
    return { org, admin, client: await login(t.app, admin.email, admin.password) };
  }

  it('keeps organisation A out of everything of organisation B', async () => {
    const a = await orgWithAdmin();
    const b = await orgWithAdmin();
    const bMember = await createUser(t.deps, { organisationId: b.org.id, status: 'pending' });

    expect((await a.client.request('GET', `/api/v1/organisations/${a.org.id}`)).statusCode).toBe(200);
    const attempts = [
      ['GET', `/api/v1/organisations/${b.org.id}`],
      ['GET', `/api/v1/organisations/${b.org.id}/members`],
      ['POST', `/api/v1/organisations/${b.org.id}/members/${bMember.id}/approve`],
      ['POST', `/api/v1/organisations/${b.org.id}/members/${bMember.id}/reject`],
      ['POST', `/api/v1/organisations/${b.org.id}/verification`, { decision: 'verified' }],
      ['GET', '/api/v1/verification/organisations'],
      ['GET', '/api/v1/admin/users'],
      ['PUT', `/api/v1/admin/users/${bMember.id}/roles`, { roles: ['sysAdmin'] }],
      ['GET', '/api/v1/admin/audit-events'],
    ] as const;
    for (const [method, url, body] of attempts) {
      const res = await a.client.request(method, url, body ?? (method === 'GET' ? undefined : {}));
      expect({ method, url, status: res.statusCode }).toEqual({ method, url, status: 403 });
      expect(res.body).not.toContain(b.org.uscc!);
    }
    expect((await t.deps.repos.users.findById(bMember.id))?.status).toBe('pending');
    expect(await t.deps.repos.users.rolesOf(bMember.id)).toEqual(['applicant']);
  });

  it("lets an organisation's admin approve and reject members, and nobody else", async () => {
    const a = await orgWithAdmin();
    const joiner = await createUser(t.deps, { organisationId: a.org.id, status: 'pending' });
    const other = await createUser(t.deps, { organisationId: a.org.id, status: 'pending' });

    const asJoiner = await login(t.app, joiner.email, joiner.password);
    expect((await asJoiner.request('GET', `/api/v1/organisations/${a.org.id}/members`)).statusCode).toBe(403);

    const list = await a.client.request('GET', `/api/v1/organisations/${a.org.id}/members`);
    expect(list.json().items.map((m: { email: string }) => m.email)).toEqual(
      expect.arrayContaining([a.admin.email, joiner.email, other.email]),
    );
    const approved = await a.client.request(
      'POST',
      `/api/v1/organisations/${a.org.id}/members/${joiner.id}/approve`,
      {},
    );
    expect(approved.json()).toMatchObject({ userId: joiner.id, status: 'active' });
    const rejected = await a.client.request(
      'POST',
      `/api/v1/organisations/${a.org.id}/members/${other.id}/reject`,
      {
        reason: '非本单位人员',
      },
    );
    expect(rejected.json().status).toBe('rejected');
    expect((await asJoiner.request('GET', '/api/v1/auth/session')).json().user.status).toBe('active');
    const self = await a.client.request(
      'POST',
      `/api/v1/organisations/${a.org.id}/members/${a.admin.id}/reject`,
      {},
    );
    expect(self.statusCode).toBe(409);
  });

  it('lets a recommender verify organisations in its jurisdiction only', async () => {
    const lishui = await createRecommender(t.deps, ['331100']);
    const rec = await login(t.app, lishui.user.email, lishui.user.password);
    const inLongquan = await createOrganisation(t.deps, { regionCode: '331181', status: 'pending' });
    const inHangzhou = await createOrganisation(t.deps, { regionCode: '330106', status: 'pending' });

    const list = await rec.request('GET', '/api/v1/verification/organisations?status=pending');
    const ids = list.json().items.map((o: { id: string }) => o.id);
    expect(ids).toContain(inLongquan.id);
    expect(ids).not.toContain(inHangzhou.id);

    expect(
      (
        await rec.request('POST', `/api/v1/organisations/${inHangzhou.id}/verification`, {
          decision: 'verified',
        })
      ).statusCode,
    ).toBe(403);
    const noReason = await rec.request('POST', `/api/v1/organisations/${inLongquan.id}/verification`, {
      decision: 'rejected',
    });
    expect(noReason.statusCode).toBe(400);
    const ok = await rec.request('POST', `/api/v1/organisations/${inLongquan.id}/verification`, {
      decision: 'verified',
    });
    expect(ok.json()).toMatchObject({
      id: inLongquan.id,
      status: 'verified',
      regionName: '浙江省 丽水市 龙泉市',
    });
    const audit = await t.deps.repos.audit.list();
    expect(audit.some((e) => e.type === 'organisation_verified' && e.subject === inLongquan.id)).toBe(true);

    // the queue is oldest first; what has been decided, most recently decided first
    const second = await createOrganisation(t.deps, { regionCode: '331102', status: 'pending' });
    const third = await createOrganisation(t.deps, { regionCode: '331102', status: 'pending' });
    const pending = (await rec.request('GET', '/api/v1/verification/organisations?status=pending')).json()
      .items;
    const order = pending.map((o: { id: string }) => o.id);
    expect(order.indexOf(second.id)).toBeLessThan(order.indexOf(third.id));
    t.clock.set(new Date(t.clock.now().getTime() + 60_000));
    await rec.request('POST', `/api/v1/organisations/${third.id}/verification`, { decision: 'verified' });
    t.clock.set(new Date(t.clock.now().getTime() + 60_000));
    await rec.request('POST', `/api/v1/organisations/${second.id}/verification`, { decision: 'verified' });
    const verified = (await rec.request('GET', '/api/v1/verification/organisations?status=verified')).json()
      .items as { id: string }[];
    expect(verified.slice(0, 3).map((o) => o.id)).toEqual([second.id, third.id, inLongquan.id]);
  });

  it('lets an administrator change roles, and records it', async () => {
    const admin = await createUser(t.deps, { roles: ['sysAdmin'] });
    const target = await createUser(t.deps);
    const c = await login(t.app, admin.email, admin.password);
    const res = await c.request('PUT', `/api/v1/admin/users/${target.id}/roles`, {
      roles: ['expert', 'applicant'],
    });
    expect(res.json()).toMatchObject({ id: target.id, roles: ['applicant', 'expert'] });
    const events = (await c.request('GET', '/api/v1/admin/audit-events')).json().items;
    expect(
      events.find(
        (e: { type: string; subject: string }) => e.type === 'role_changed' && e.subject === target.id,
      ).details,
    ).toEqual({
      before: ['applicant'],
      after: ['applicant', 'expert'],
    });
  });

  it('finds verified organisations in the directory, not pending ones', async () => {
    const verified = await createOrganisation(t.deps, { name: '目录测试甲公司', status: 'verified' });
    await createOrganisation(t.deps, { name: '目录测试乙公司', status: 'pending' });
    const res = await t.app.inject({
      url: `/api/v1/organisations/directory?q=${encodeURIComponent('目录测试')}`,
    });
    expect(res.json().items).toEqual([
      { id: verified.id, name: '目录测试甲公司', type: 'enterprise', regionName: '浙江省 丽水市 龙泉市' },
    ]);
  });
});
