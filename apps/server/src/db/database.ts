import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Database = {
  db: Db;
  kind: 'embedded' | 'server';
  close(): Promise<void>;
};

const migrationsFolder = new URL('../../drizzle', import.meta.url).pathname;

/** The embedded database: PGlite in `<dataDir>/pglite`, locked to this process; `memory://` for tests. */
export async function openEmbeddedDatabase(dataDir: string): Promise<Database> {
  const inMemory = dataDir === 'memory://';
  const release = inMemory ? () => {} : lockDataDir(resolve(dataDir));
  try {
    const client = inMemory ? new PGlite() : new PGlite(join(resolve(dataDir), 'pglite'));
    await client.waitReady;
    const db = drizzlePglite(client, { schema });
    await migratePglite(db, { migrationsFolder });
    return {
      db: db as unknown as Db,
      kind: 'embedded',
      async close() {
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

/** Server PostgreSQL through a pool; migrations run under an advisory lock, so several processes may start at once. */
export async function openServerDatabase(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', () => {}); // an idle client's connection dropped; the pool replaces it
  const lockClient = await pool.connect();
  try {
    await lockClient.query('select pg_advisory_lock(727274)');
    await migratePg(drizzlePg(lockClient, { schema }), { migrationsFolder });
  } finally {
    await lockClient.query('select pg_advisory_unlock(727274)').catch(() => {});
    lockClient.release();
  }
  const db = drizzlePg(pool, { schema });
  return { db: db as unknown as Db, kind: 'server', close: () => pool.end() };
}

export function openDatabase(config: { databaseUrl: string | null; dataDir: string }): Promise<Database> {
  return config.databaseUrl ? openServerDatabase(config.databaseUrl) : openEmbeddedDatabase(config.dataDir);
}
