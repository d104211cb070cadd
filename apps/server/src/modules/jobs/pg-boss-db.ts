import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type PgBoss from 'pg-boss';
import type { Database } from '../../db/database';

/** pg-boss wraps its install and migrations in `BEGIN; … COMMIT;` inside one multi-statement text. */
const explicitTransaction = /^\s*BEGIN\s*;([\s\S]*);\s*COMMIT\s*;?\s*$/i;

/**
 * pg-boss speaks to our own database handle: the embedded PGlite (one connection, shared with the application)
 * or the pool of server PostgreSQL. A multi-statement text that fails after its BEGIN would leave the shared
 * connection in an aborted transaction (two processes installing pg-boss at once do exactly that, on purpose),
 * so such texts run in a transaction that is rolled back on failure.
 */
export function pgBossDbFor(database: Database): PgBoss.Db {
  const client = (database.db as unknown as { $client: unknown }).$client;
  return database.kind === 'embedded' ? pgliteDb(client as PGlite) : poolDb(client as pg.Pool);
}

const startLocks = new WeakMap<object, Promise<unknown>>();

/**
 * Runs `work` (installing pg-boss, creating queues and schedules) while no other runner on the same database
 * does: runners that start together would otherwise race in creating pg-boss's schema and tables. Server
 * PostgreSQL: a session advisory lock, across processes; the embedded database: one process, one queue.
 */
export async function whileStartingAlone<T>(database: Database, work: () => Promise<T>): Promise<T> {
  const client = (database.db as unknown as { $client: object }).$client;
  if (database.kind === 'embedded') {
    const previous = startLocks.get(client) ?? Promise.resolve();
    const run = previous.catch(() => {}).then(work);
    startLocks.set(client, run);
    return run;
  }
  const conn = await (client as pg.Pool).connect();
  try {
    await conn.query('select pg_advisory_lock(727279)');
    return await work();
  } finally {
    await conn.query('select pg_advisory_unlock(727279)').catch(() => {});
    conn.release();
  }
}

function pgliteDb(pglite: PGlite): PgBoss.Db {
  return {
    async executeSql(text, values) {
      if (values?.length) {
        const r = await pglite.query(text, values);
        return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
      }
      const inner = explicitTransaction.exec(text)?.[1];
      const results = inner ? await pglite.transaction((tx) => tx.exec(inner)) : await pglite.exec(text);
      const last = results[results.length - 1];
      return { rows: last?.rows ?? [], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
    },
  };
}

function poolDb(pool: pg.Pool): PgBoss.Db {
  return {
    async executeSql(text, values) {
      if (values?.length || !explicitTransaction.test(text)) return pool.query(text, values);
      const conn = await pool.connect();
      try {
        const r = (await conn.query(text)) as unknown as pg.QueryResult | pg.QueryResult[];
        const last = Array.isArray(r) ? r[r.length - 1] : r;
        return { rows: last?.rows ?? [], rowCount: last?.rowCount ?? 0 };
      } catch (err) {
        await conn.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        conn.release();
      }
    },
  };
}
