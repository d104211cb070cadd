// npm run bench: each entry measured against a baseline in the same run, with the same load generator,
// connections and duration. Prints a table of req/s and p99 latency, and each entry's ratio to its baseline.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import pg from 'pg';

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

type Ready = { address: string; cookie?: string; organisationId?: string };
type Row = {
  entry: string;
  database: string;
  rps: number;
  p99: number;
  baseline: string;
  ratio: string;
  errors: number;
};

function serve(args: string[], env: Record<string, string>): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'serve.ts', ...args], {
    cwd: new URL('.', import.meta.url).pathname,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (line) =>
      resolve({ child, ready: JSON.parse(line) as Ready }),
    );
  });
}

async function load(url: string, headers: Record<string, string> = {}) {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

async function withServerPostgres<T>(fn: (url: string) => Promise<T>): Promise<T | null> {
  const admin = new pg.Client({ connectionString: PG_URL });
  try {
    await admin.connect();
  } catch {
    console.log(`(server PostgreSQL at ${PG_URL} not reachable: skipping its entries)`);
    return null;
  }
  const name = `yanzhen_bench_${Date.now()}`;
  await admin.query(
    `create database ${name} template template0 encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8'`,
  );
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function main() {
  const rows: Row[] = [];
  const bare = await serve(['bare'], {});
  const baseline = await load(`${bare.ready.address}/bare`);
  rows.push({
    entry: 'bare fastify JSON endpoint',
    database: '-',
    ...baseline,
    baseline: '-',
    ratio: '1.00',
  });

  async function entries(database: string, env: Record<string, string>) {
    const s = await serve(['app'], env);
    try {
      const { address, cookie, organisationId } = s.ready;
      const authed = await load(`${address}/api/v1/organisations/${organisationId}`, { cookie: cookie! });
      rows.push({
        entry: 'authenticated read: GET /api/v1/organisations/:id',
        database,
        ...authed,
        baseline: 'bare fastify',
        ratio: (authed.rps / baseline.rps).toFixed(2),
      });
      const cases: [string, string][] = [
        ['catalogue: GET /api/v1/calls (public list with phases)', '/api/v1/calls'],
        ['catalogue: GET /api/v1/directions?country=FI', '/api/v1/directions?country=FI'],
        [
          'catalogue: direction search ?q=健康&capMax=200',
          `/api/v1/directions?q=${encodeURIComponent('健康')}&capMax=200`,
        ],
      ];
      for (const [entry, path] of cases) {
        const r = await load(`${address}${path}`);
        rows.push({
          entry,
          database,
          ...r,
          baseline: 'bare fastify',
          ratio: (r.rps / baseline.rps).toFixed(2),
        });
      }
    } finally {
      s.child.kill('SIGTERM');
    }
  }

  const dir = mkdtempSync(join(tmpdir(), 'yanzhen-bench-'));
  try {
    await entries('embedded (PGlite)', { YANZHEN_DATA_DIR: dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await withServerPostgres((url) => entries('server PostgreSQL', { DATABASE_URL: url }));
  bare.child.kill('SIGTERM');

  console.log(
    `\nYanzhen benchmarks: ${CONNECTIONS} connections, ${DURATION}s each, ${new Date().toISOString()}\n`,
  );
  console.table(
    rows.map((r) => ({
      entry: r.entry,
      database: r.database,
      'req/s': Math.round(r.rps),
      'p99 ms': r.p99,
      errors: r.errors,
      'vs baseline': r.baseline,
      ratio: r.ratio,
    })),
  );
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
