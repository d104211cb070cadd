import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPolicedUrl } from '../src/http/route-pipeline';
import { createOrganisation, createUser } from './support/factories';
import { type Client, createTestApp, login, type TestApp } from './support/test-app';

/** Bodies a careless or hostile client might send. */
const hostileBodies: { name: string; payload: string; contentType: string }[] = [
  { name: 'broken JSON', payload: '{"email": ', contentType: 'application/json' },
  { name: 'empty JSON body', payload: '', contentType: 'application/json' },
  { name: 'JSON null', payload: 'null', contentType: 'application/json' },
  { name: 'JSON array', payload: '[1,2,3]', contentType: 'application/json' },
  { name: 'JSON string', payload: '"hello"', contentType: 'application/json' },
  {
    name: 'wrong types',
    payload: '{"email":5,"password":[],"name":{},"organisation":"x","roles":"admin","decision":1}',
    contentType: 'application/json',
  },
  {
    name: 'deep nesting',
    payload: `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`,
    contentType: 'application/json',
  },
  {
    name: 'huge string',
    payload: JSON.stringify({ email: 'x'.repeat(200_000), name: 'y'.repeat(200_000) }),
    contentType: 'application/json',
  },
  {
    name: 'prototype pollution',
    payload: '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}',
    contentType: 'application/json',
  },
  { name: 'form encoding', payload: 'email=a&password=b', contentType: 'application/x-www-form-urlencoded' },
  { name: 'plain text', payload: 'hello', contentType: 'text/plain' },
  {
    name: 'invalid UTF-8',
    payload: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]).toString('latin1'),
    contentType: 'application/json; charset=utf-8',
  },
];

describe('malformed requests', () => {
  let t: TestApp;
  let admin: Client;
  let orgId: string;
  beforeAll(async () => {
    t = await createTestApp('embedded');
    const org = await createOrganisation(t.deps);
    orgId = org.id;
    const user = await createUser(t.deps, {
      roles: ['sysAdmin', 'orgAdmin', 'recommender'],
      organisationId: org.id,
    });
    admin = await login(t.app, user.email, user.password);
  });
  afterAll(() => t.close());

  const concreteUrls = (url: string) => [
    url.replace(/:id/g, orgId).replace(/:userId/g, orgId),
    url.replace(/:id/g, 'not-a-uuid').replace(/:userId/g, '../../etc/passwd'),
    url.replace(/:id/g, '%E0%A4%A').replace(/:userId/g, "1' or '1'='1"),
    `${url.replace(/:\w+/g, '00000000-0000-0000-0000-000000000000')}?q=${'%'.repeat(3)}&status=bogus&q=1`,
  ];

  it('never answer 500, always the error format, signed in or not', async () => {
    const routes = t.app.registeredRoutes.filter((r) => isPolicedUrl(r.url));
    expect(routes.length).toBeGreaterThan(15);
    let checked = 0;
    for (const route of routes) {
      for (const url of concreteUrls(route.url)) {
        const variants = route.method === 'GET' ? [undefined] : hostileBodies;
        for (const body of variants) {
          for (const headers of [{}, { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken }]) {
            const res = await t.app.inject({
              method: route.method as 'POST',
              url,
              headers: { ...headers, ...(body ? { 'content-type': body.contentType } : {}) },
              ...(body ? { payload: body.payload } : {}),
            });
            checked++;
            const where = `${route.method} ${url} ${body?.name ?? ''} ${Object.keys(headers).length ? 'signed in' : 'anonymous'}`;
            expect(res.statusCode, `${where}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
            if (res.statusCode >= 400) {
              const json = res.json();
              expect(typeof json.code, where).toBe('string');
              expect(typeof json.message, where).toBe('string');
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  }, 120_000);

  it('answers unknown API paths with 404 in the error format', async () => {
    const res = await t.app.inject({ url: '/api/v1/nothing-here', headers: { 'accept-language': 'en-US' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'not_found', message: 'Not found.' });
  });
});
