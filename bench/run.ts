// npm run bench: each entry measured against a baseline in the same run, with the same load generator,
// connections and duration. Prints a table of req/s and p99 latency, and each entry's ratio to its baseline.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import pg from 'pg';
import { type DocumentResult, runDocumentEntries } from './documents';
import { runRawWrites, runSurge, type SurgeResult } from './surge';

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

type Ready = {
  address: string;
  cookie?: string;
  csrfToken?: string;
  organisationId?: string;
  officerCookie?: string;
  recommenderCookie?: string;
};
/** `office` runs only the entries on 100,000 applications; `base` only the others; unset runs all. */
const ONLY = process.env.BENCH_ONLY ?? '';
const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 100_000);
const DOCUMENT_ROWS = 10_000;
/**
 * Connections for the office entries: requests of hundreds of milliseconds on a single embedded connection would
 * otherwise queue up behind each other and spill into the next entry.
 */
const OFFICE_CONNECTIONS = Number(process.env.BENCH_OFFICE_CONNECTIONS ?? 2);
/** a call of the seed catalogue, for the per-call entries */
const OFFICE_CALL = 'zj-2025-cooperation';
type Row = {
  entry: string;
  database: string;
  rps: number;
  p99: number;
  baseline: string;
  ratio: string;
  errors: number;
  lost?: number;
  duplicated?: number;
};
const EDITORS = Number(process.env.BENCH_EDITORS ?? 200);
let rawBaseline: SurgeResult | null = null;

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

async function load(url: string, headers: Record<string, string> = {}, connections = CONNECTIONS) {
  const r = await autocannon({ url, connections, duration: DURATION, headers });
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

  const documents: (DocumentResult & { database: string })[] = [];

  /** The programme office's overview and list, and the recommender's workspace, over N applications. */
  async function officeEntries(database: string, env: Record<string, string>) {
    const s = await serve(['office'], { ...env, BENCH_APPLICATIONS: String(APPLICATIONS) });
    try {
      const { address, officerCookie, recommenderCookie } = s.ready;
      const n = `${APPLICATIONS / 1000}k applications`;
      const cases: [string, string, string][] = [
        [
          `office overview, all calls (${n}): GET /api/v1/office/dashboard`,
          '/api/v1/office/dashboard',
          officerCookie!,
        ],
        [
          `office overview, one call (${n}): ?callId=${OFFICE_CALL}`,
          `/api/v1/office/dashboard?callId=${OFFICE_CALL}`,
          officerCookie!,
        ],
        [
          `office list page (${n}): GET /api/v1/office/applications?city=331100`,
          '/api/v1/office/applications?city=331100',
          officerCookie!,
        ],
        [
          `recommender workspace (${n}): GET /api/v1/recommendations`,
          '/api/v1/recommendations',
          recommenderCookie!,
        ],
        [
          `recommender workspace, one call (${n}): ?callId=${OFFICE_CALL}`,
          `/api/v1/recommendations?callId=${OFFICE_CALL}`,
          recommenderCookie!,
        ],
      ];
      for (const [entry, path, cookie] of cases) {
        // one request first, answered in full: it warms the caches and proves the entry answers 200
        const warm = await fetch(`${address}${path}`, { headers: { cookie } });
        if (warm.status !== 200) throw new Error(`${path} answered ${warm.status}`);
        await warm.arrayBuffer();
        const r = await load(`${address}${path}`, { cookie }, OFFICE_CONNECTIONS);
        rows.push({
          entry: `${entry} [${OFFICE_CONNECTIONS} conn.]`,
          database,
          ...r,
          baseline: 'bare fastify',
          // four decimals: these requests do hundreds of times the work of the bare endpoint
          ratio: (r.rps / baseline.rps).toFixed(4),
        });
      }
      const docs = await runDocumentEntries(DOCUMENT_ROWS, {
        address,
        cookie: officerCookie!,
        query: 'state=recommended',
      });
      // the in-process summary does not depend on the database: keep it from the first database only
      for (const d of docs) {
        if (d.entry.includes('/api/') || !documents.some((x) => x.entry === d.entry))
          documents.push({ ...d, database });
      }
    } finally {
      s.child.kill('SIGTERM');
    }
  }

  async function entries(database: string, env: Record<string, string>) {
    // embedded: the office entries get a data directory of their own (server PostgreSQL: a database, below)
    if (ONLY !== 'base' && env.YANZHEN_DATA_DIR) {
      const officeDir = mkdtempSync(join(tmpdir(), 'yanzhen-bench-office-'));
      try {
        await officeEntries(database, { YANZHEN_DATA_DIR: officeDir });
      } finally {
        rmSync(officeDir, { recursive: true, force: true });
      }
    }
    if (ONLY === 'office') return;
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
          entry: `${entry} [${OFFICE_CONNECTIONS} conn.]`,
          database,
          ...r,
          baseline: 'bare fastify',
          // four decimals: these requests do hundreds of times the work of the bare endpoint
          ratio: (r.rps / baseline.rps).toFixed(4),
        });
      }
      const finder = await load(`${address}/api/v1/finder`, { cookie: cookie! });
      rows.push({
        entry: 'finder: GET /api/v1/finder (all open directions, one organisation)',
        database,
        ...finder,
        baseline: 'bare fastify',
        ratio: (finder.rps / baseline.rps).toFixed(2),
      });
      const surge = await runSurge(
        { address, cookie: cookie!, csrfToken: s.ready.csrfToken! },
        EDITORS,
        DURATION,
      );
      rows.push({
        entry: `deadline surge: ${EDITORS} editors autosave, then submit twice`,
        database,
        rps: surge.rps,
        p99: surge.p99,
        errors: surge.errors,
        lost: surge.lost,
        duplicated: surge.duplicated,
        baseline: rawBaseline ? `raw PostgreSQL writes (${EDITORS} clients)` : '-',
        ratio: rawBaseline ? (surge.rps / rawBaseline.rps).toFixed(2) : '-',
      });
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
  const serverRan = await withServerPostgres(async (url) => {
    if (ONLY === 'office') return false;
    rawBaseline = await runRawWrites(url, EDITORS, DURATION);
    rows.push({
      entry: `raw PostgreSQL optimistic writes (${EDITORS} clients, pg pool of 50)`,
      database: 'server PostgreSQL',
      ...rawBaseline,
      baseline: '-',
      ratio: '1.00',
    });
    await entries('server PostgreSQL', { DATABASE_URL: url });
    return true;
  });
  // the office entries get a database of their own (100,000 applications would skew the other entries)
  if (ONLY !== 'base')
    await withServerPostgres((url) => officeEntries('server PostgreSQL', { DATABASE_URL: url }));
  // the embedded entry's surge is compared with the same raw baseline when the server was reachable
  if (serverRan && rawBaseline) {
    for (const r of rows) {
      if (r.entry.startsWith('deadline surge') && r.baseline === '-') {
        r.baseline = `raw PostgreSQL writes (${EDITORS} clients)`;
        r.ratio = (r.rps / rawBaseline.rps).toFixed(2);
      }
    }
  }
  bare.child.kill('SIGTERM');

  console.log(
    `\nYanzhen benchmarks: ${CONNECTIONS} connections, ${DURATION}s each, ${new Date().toISOString()}\n`,
  );
  console.table(
    rows.map((r) => ({
      entry: r.entry,
      database: r.database,
      'req/s': Math.round(r.rps),
      'p99 ms': Math.round(r.p99),
      errors: r.errors,
      'lost writes': r.lost ?? '-',
      'double submits': r.duplicated ?? '-',
      'vs baseline': r.baseline,
      ratio: r.ratio,
    })),
  );
  if (documents.length) {
    console.log(`\nSpreadsheets (${DOCUMENT_ROWS} rows; median of 3; ratio = baseline time / entry time)\n`);
    console.table(
      documents.map((d) => ({
        entry: d.entry,
        database: d.entry.includes('/api/') ? d.database : '-',
        rows: d.rows,
        'median ms': Math.round(d.ms),
        'rows/s': Math.round((d.rows / d.ms) * 1000),
        'size KB': Math.round(d.bytes / 1024),
        'vs baseline': d.baseline,
        ratio: d.ratio,
      })),
    );
  }
  process.exit(0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
