// The deadline surge: N editors autosave their own drafts as fast as the server answers, then all submit (and
// submit again, as a double click would). Reports req/s and p99, and checks the result itself: no lost write (each
// draft holds its last acknowledged text at the acknowledged revision) and no duplicate submission.
import pg from 'pg';

export type SurgeResult = {
  rps: number;
  p99: number;
  requests: number;
  errors: number;
  lost: number;
  duplicated: number;
};

const p99 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.99))] ?? 0;
};

export async function runSurge(
  target: { address: string; cookie: string; csrfToken: string },
  editors: number,
  seconds: number,
): Promise<SurgeResult> {
  const headers = {
    cookie: target.cookie,
    'x-csrf-token': target.csrfToken,
    'content-type': 'application/json',
  };
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${target.address}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return {
      status: res.status,
      json: (await res.json().catch(() => null)) as Record<string, unknown> | null,
    };
  };
  const drafts: { id: string; revision: number; lastText: string }[] = [];
  for (let i = 0; i < editors; i++) {
    const r = await call('POST', '/api/v1/applications', {
      callId: 'practice-zj-cooperation',
      directionCode: '1.1',
    });
    if (r.status !== 201) throw new Error(`could not create draft: ${r.status} ${JSON.stringify(r.json)}`);
    drafts.push({ id: r.json!.id as string, revision: r.json!.revision as number, lastText: '' });
  }
  const latencies: number[] = [];
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  const started = Date.now();
  const base = {
    basics: {
      title: '压力测试',
      startDate: '2026-07-01',
      endDate: '2028-06-30',
      foreignApplicationReference: 'BF-1',
    },
    budget: { publicFundingWan: 30, selfFundingWan: 120, rdInvestmentWan: 150 },
  };
  await Promise.all(
    drafts.map(async (d, i) => {
      let n = 0;
      while (Date.now() < until) {
        const text = `编辑者 ${i} 第 ${++n} 次保存`;
        const t0 = performance.now();
        const r = await call('PUT', `/api/v1/applications/${d.id}/draft`, {
          revision: d.revision,
          content: { ...base, sections: { summary: text } },
        });
        latencies.push(performance.now() - t0);
        if (r.status === 200) {
          d.revision = r.json!.revision as number;
          d.lastText = text;
        } else errors++;
      }
      for (let k = 0; k < 2; k++) {
        const t0 = performance.now();
        const r = await call('POST', `/api/v1/applications/${d.id}/submit`, { revision: d.revision });
        latencies.push(performance.now() - t0);
        if (r.status !== 200) errors++;
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  let lost = 0;
  let duplicated = 0;
  for (const d of drafts) {
    const r = await call('GET', `/api/v1/applications/${d.id}`);
    const content = r.json?.content as { sections?: { summary?: string } } | undefined;
    if (r.json?.revision !== d.revision || content?.sections?.summary !== d.lastText) lost++;
    const t = await call('GET', `/api/v1/applications/${d.id}/timeline`);
    const submits = ((t.json?.items as { transition: string }[]) ?? []).filter(
      (e) => e.transition === 'submit',
    ).length;
    if (submits !== 1) duplicated++;
  }
  return {
    rps: latencies.length / elapsed,
    p99: p99(latencies),
    requests: latencies.length,
    errors,
    lost,
    duplicated,
  };
}

/** The baseline: the same optimistic-concurrency write done directly in PostgreSQL by N clients (pgbench-style). */
export async function runRawWrites(url: string, clients: number, seconds: number): Promise<SurgeResult> {
  const pool = new pg.Pool({ connectionString: url, max: Math.min(clients, 50) });
  await pool.query(
    'create table if not exists bench_drafts (id int primary key, revision int not null, content jsonb not null)',
  );
  await pool.query('truncate bench_drafts');
  await pool.query(`insert into bench_drafts select g, 1, '{}'::jsonb from generate_series(1, ${clients}) g`);
  const latencies: number[] = [];
  let errors = 0;
  const revisions = new Array(clients + 1).fill(1);
  const until = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, idx) => {
      const id = idx + 1;
      let n = 0;
      while (Date.now() < until) {
        const t0 = performance.now();
        const r = await pool.query(
          'update bench_drafts set content = $1, revision = revision + 1 where id = $2 and revision = $3 returning revision',
          [JSON.stringify({ sections: { summary: `编辑者 ${id} 第 ${++n} 次保存` } }), id, revisions[id]],
        );
        latencies.push(performance.now() - t0);
        if (r.rowCount === 1) revisions[id] = r.rows[0].revision;
        else errors++;
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  await pool.query('drop table bench_drafts');
  await pool.end();
  return {
    rps: latencies.length / elapsed,
    p99: p99(latencies),
    requests: latencies.length,
    errors,
    lost: 0,
    duplicated: 0,
  };
}
