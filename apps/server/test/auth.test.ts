import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser, makeUscc, PASSWORD } from './support/factories';
import {
  clientFor,
  createTestApp,
  login,
  sessionCookie,
  type TestApp,
  testDatabaseKinds,
} from './support/test-app';

describe.each(testDatabaseKinds)('authentication on %s PostgreSQL', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { LOGIN_MAX_FAILURES: '3', LOGIN_IP_MAX_FAILURES: '8' });
  });
  afterAll(() => t.close());

  const signupBody = (over: Record<string, unknown> = {}) => ({
    email: `new-${Math.random().toString(36).slice(2)}@example.cn`,
    password: 'a-long-password',
    name: '新用户',
    organisation: {
      mode: 'create',
      name: `新单位${Math.random().toString(36).slice(2)}`,
      type: 'enterprise',
      uscc: makeUscc('331181'),
      regionCode: '331181',
      contactName: '联系人',
      contactPhone: '0578-1234567',
    },
    ...over,
  });

  it('signs up a new organisation: pending, its founder is admin and applicant, and is signed in', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload: signupBody() });
    expect(res.statusCode).toBe(201);
    const { user, csrfToken } = res.json();
    expect(user.roles).toEqual(['applicant', 'orgAdmin']);
    expect(user.status).toBe('active');
    expect(user.organisation.status).toBe('pending');
    expect(user).not.toHaveProperty('passwordHash');
    const session = await t.app.inject({
      url: '/api/v1/auth/session',
      headers: { cookie: sessionCookie(res) },
    });
    expect(session.json()).toMatchObject({ user: { id: user.id }, csrfToken });
  });

  it('rejects an invalid credit code naming the wrong character, in the language asked for', async () => {
    const body = signupBody();
    const uscc = (body.organisation as { uscc: string }).uscc;
    const wrong = uscc.slice(0, 17) + (uscc[17] === '0' ? '1' : '0');
    (body.organisation as { uscc: string }).uscc = wrong;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      headers: { 'accept-language': 'en-US' },
      payload: body,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'invalid_uscc',
      details: [{ path: 'organisation.uscc', position: 18, expected: uscc[17] }],
    });
    expect(res.json().message).toContain('check character');
    const zh = await t.app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload: body });
    expect(zh.json().message).toContain('第18位校验码');
  });

  it('refuses a second account with the same e-mail and a second organisation with the same code', async () => {
    const body = signupBody();
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload: body })).statusCode,
    ).toBe(201);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { ...body, email: body.email.toUpperCase() },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('email_taken');
    const sameOrg = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { ...body, email: `x${body.email}` },
    });
    expect(sameOrg.json().code).toBe('uscc_taken');
  });

  it('joins a verified organisation as a pending member without any role power', async () => {
    const org = await createOrganisation(t.deps, { status: 'verified' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: signupBody({ organisation: { mode: 'join', organisationId: org.id } }),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().user).toMatchObject({
      status: 'pending',
      roles: ['applicant'],
      organisation: { id: org.id },
    });
    const pendingOrg = await createOrganisation(t.deps, { status: 'pending' });
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: signupBody({ organisation: { mode: 'join', organisationId: pendingOrg.id } }),
    });
    expect(refused.json().code).toBe('organisation_not_joinable');
  });

  it('locks an account after repeated failures and records it in the audit log', async () => {
    const user = await createUser(t.deps);
    for (let i = 0; i < 3; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: user.email, password: 'wrong' },
        remoteAddress: '10.0.0.1',
      });
      expect(res.statusCode).toBe(401);
    }
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: PASSWORD },
      remoteAddress: '10.0.0.2',
    });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('account_locked');
    t.clock.advance(16 * 60_000);
    const after = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: PASSWORD },
      remoteAddress: '10.0.0.2',
    });
    expect(after.statusCode).toBe(200);
    const types = (await t.deps.repos.audit.list())
      .filter((e) => e.actorUserId === user.id)
      .map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['login_failed', 'login_locked', 'login']));
  });

  it('rate-limits one address that tries many accounts', async () => {
    const ip = '10.9.9.9';
    const codes: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: `nobody${i}@example.cn`, password: 'x' },
        remoteAddress: ip,
      });
      codes.push(res.statusCode);
    }
    expect(codes.slice(0, 8).every((c) => c === 401)).toBe(true);
    expect(codes.slice(8)).toEqual([429, 429]);
  });

  it('requires the CSRF token for state-changing requests of a session', async () => {
    const user = await createUser(t.deps);
    const c = await login(t.app, user.email, user.password);
    const without = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: c.cookie },
      payload: { name: 'X' },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe('csrf_failed');
    const withToken = await c.request('PATCH', '/api/v1/me', { name: '改名', locale: 'en-US' });
    expect(withToken.statusCode).toBe(200);
    expect(withToken.json()).toMatchObject({ name: '改名', locale: 'en-US' });
  });

  it('signs out, and the cookie no longer works', async () => {
    const user = await createUser(t.deps);
    const c = await login(t.app, user.email, user.password);
    expect((await c.request('POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    const session = await c.request('GET', '/api/v1/auth/session');
    expect(session.json()).toEqual({ user: null, csrfToken: null });
    expect((await c.request('PATCH', '/api/v1/me', { name: 'x' })).statusCode).toBe(401);
  });

  it('changes a password and signs out the other sessions', async () => {
    const user = await createUser(t.deps);
    const a = await login(t.app, user.email, user.password);
    const b = await login(t.app, user.email, user.password);
    const wrong = await a.request('POST', '/api/v1/me/password', {
      currentPassword: 'nope',
      newPassword: 'another-long-one',
    });
    expect(wrong.json().code).toBe('wrong_password');
    const ok = await a.request('POST', '/api/v1/me/password', {
      currentPassword: PASSWORD,
      newPassword: 'another-long-one',
    });
    expect(ok.statusCode).toBe(204);
    expect((await b.request('GET', '/api/v1/auth/session')).json().user).toBeNull();
    expect((await a.request('GET', '/api/v1/auth/session')).json().user.id).toBe(user.id);
    await expect(login(t.app, user.email, 'another-long-one')).resolves.toBeTruthy();
  });

  it('resets a forgotten password through a single-use e-mailed link', async () => {
    const user = await createUser(t.deps);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: 'ghost@example.cn' },
    });
    expect(unknown.statusCode).toBe(202);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: user.email },
    });
    expect(res.statusCode).toBe(202);
    const outbox = await t.app.inject({ url: '/api/v1/dev/outbox' });
    const mail = outbox.json().items.find((m: { to: string }) => m.to === user.email);
    expect(mail.subject).toContain('重置密码');
    const token = /token=([\w-]+)/.exec(mail.text)![1];
    const confirm = {
      method: 'POST' as const,
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, password: 'brand-new-password' },
    };
    expect((await t.app.inject(confirm)).statusCode).toBe(204);
    expect((await t.app.inject(confirm)).json().code).toBe('invalid_token');
    await expect(login(t.app, user.email, 'brand-new-password')).resolves.toBeTruthy();
  });

  it('expires a reset link after an hour', async () => {
    const user = await createUser(t.deps);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: user.email },
    });
    const outbox = (await t.app.inject({ url: '/api/v1/dev/outbox' })).json().items;
    const token = /token=([\w-]+)/.exec(outbox.find((m: { to: string }) => m.to === user.email).text)![1];
    t.clock.advance(61 * 60_000);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, password: 'brand-new-password' },
    });
    expect(res.json().code).toBe('invalid_token');
  });

  it('shares sessions between two server processes on one database', async () => {
    const second = await createTestApp(kind, {}, { database: t.deps.database, clock: t.deps.clock });
    try {
      const user = await createUser(t.deps);
      const c = await login(t.app, user.email, user.password);
      const elsewhere = clientFor(second.app, c.cookie, c.csrfToken);
      expect((await elsewhere.request('GET', '/api/v1/auth/session')).json().user.email).toBe(user.email);
      expect((await elsewhere.request('PATCH', '/api/v1/me', { phone: '123' })).statusCode).toBe(200);
    } finally {
      await second.close();
    }
  });
});
