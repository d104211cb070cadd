import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPolicedUrl } from '../src/http/route-pipeline';
import { createTestApp, type TestApp } from './support/test-app';

describe('every route', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('embedded');
  });
  afterAll(() => t.close());
  const apiRoutes = () => t.app.registeredRoutes.filter((r) => isPolicedUrl(r.url));

  it('declares a named authorization policy', () => {
    expect(apiRoutes().length).toBeGreaterThan(15);
    for (const r of apiRoutes())
      expect({ ...r, policy: typeof r.policy }).toEqual({ ...r, policy: 'string' });
  });

  it('appears in the OpenAPI document with its schemas', async () => {
    const doc = (await t.app.inject({ url: '/api/docs/json' })).json();
    for (const r of apiRoutes()) {
      const path = r.url.replace(/:(\w+)/g, '{$1}');
      const op = doc.paths[path]?.[r.method.toLowerCase()];
      expect({ route: `${r.method} ${path}`, documented: !!op }).toEqual({
        route: `${r.method} ${path}`,
        documented: true,
      });
      expect(Object.keys(op.responses).length).toBeGreaterThan(0);
      expect(op.summary, `${r.method} ${path} has a summary`).toBeTruthy();
    }
    expect(
      doc.paths['/api/v1/auth/signup'].post.requestBody.content['application/json'].schema.required,
    ).toEqual(expect.arrayContaining(['email', 'password', 'name', 'organisation']));
  });

  it('refuses to start with a route that has no policy', async () => {
    const { default: Fastify } = await import('fastify');
    const { registerRoutePipeline } = await import('../src/http/route-pipeline');
    const app = Fastify();
    await app.register(import('@fastify/cookie'));
    registerRoutePipeline(app, t.deps);
    expect(() => app.get('/api/v1/unguarded', async () => 'x')).toThrow(/declares no authorization policy/);
    await app.close();
  });
});
