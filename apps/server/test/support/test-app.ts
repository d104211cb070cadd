import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../../src/app';
import { createDeps, type Deps } from '../../src/composition-root';
import { loadConfig } from '../../src/config';
import { type Database, openEmbeddedDatabase, openServerDatabase } from '../../src/db/database';
import { type Clock, fixedClock } from '../../src/shared/clock';

/**
 * Which database the integration suite runs on: embedded PGlite always; server PostgreSQL as well when
 * TEST_DATABASE_URL is set (each test file gets a database of its own, created from template0 in C.UTF-8).
 */
export const testDatabaseKinds = (process.env.TEST_DATABASE_URL ? ['embedded', 'server'] : ['embedded']) as (
  | 'embedded'
  | 'server'
)[];

export async function createTestDatabase(kind: 'embedded' | 'server'): Promise<Database> {
  if (kind === 'embedded') return openEmbeddedDatabase('memory://');
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `yanzhen_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(
    `create database ${name} template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'`,
  );
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openServerDatabase(url.toString(), 5);
  return {
    ...db,
    async close() {
      await db.close();
      const again = new pg.Client({ connectionString: adminUrl });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

export type TestApp = {
  app: FastifyInstance;
  deps: Deps;
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
};

/** A full application on a fresh database, with a clock the test controls. */
export async function createTestApp(
  kind: 'embedded' | 'server',
  env: Record<string, string> = {},
  options: { database?: Database; clock?: Clock } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase(kind));
  const clock = fixedClock('2026-03-01T09:00:00+08:00');
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', YANZHEN_DEMO_DATA: 'false', ...env });
  const deps = createDeps(config, database, { clock: options.clock ?? clock, log: () => {} });
  const app = await buildApp(deps, { logger: false });
  await app.ready();
  return {
    app,
    deps,
    clock,
    async close() {
      await app.close();
      if (!options.database) await database.close();
    },
  };
}

/** A signed-in client: the session cookie and the CSRF token travel with every request. */
export type Client = {
  cookie: string;
  csrfToken: string;
  request(method: string, url: string, body?: unknown): Promise<LightMyRequestResponse>;
};

export function clientFor(app: FastifyInstance, cookie: string, csrfToken: string): Client {
  return {
    cookie,
    csrfToken,
    request: (method, url, body) =>
      app.inject({
        method: method as 'GET',
        url,
        headers: { cookie, 'x-csrf-token': csrfToken },
        ...(body === undefined ? {} : { payload: body as object }),
      }),
  };
}

export function sessionCookie(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'yz_sid');
  if (!c) throw new Error(`no session cookie in ${res.statusCode} ${res.body}`);
  return `yz_sid=${c.value}`;
}

export async function login(app: FastifyInstance, email: string, password: string): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
  return clientFor(app, sessionCookie(res), res.json().csrfToken);
}
