import PgBoss from 'pg-boss';
import { z } from 'zod';
import type { Database } from '../../db/database';
import { pgBossDbFor, whileStartingAlone } from './pg-boss-db';

/** A scheduled job: its queue name, its cron (server time zone is irrelevant: these run every few minutes), its work. */
export type JobDefinition = { name: string; cron: string; run: () => Promise<unknown> };

/** Scheduled jobs carry no data; a payload is validated like any other boundary. */
const payloadSchema = z.object({}).strict();

/**
 * Runs scheduled jobs with pg-boss in the application's database: the schedule and the queue live in PostgreSQL,
 * so jobs survive restarts and several server processes share them (pg-boss hands each job to one of them).
 * The jobs themselves are idempotent, so a job run twice does no harm.
 */
export function createJobRunner(deps: {
  database: Database;
  jobs: readonly JobDefinition[];
  log: (msg: string) => void;
  pollingIntervalSeconds?: number;
}) {
  const boss = new PgBoss({
    db: pgBossDbFor(deps.database),
    schedule: true,
    supervise: true,
  });
  boss.on('error', (err) => deps.log(`jobs: ${err.message}`));
  const byName = new Map(deps.jobs.map((j) => [j.name, j]));
  let started = false;

  return {
    async start() {
      await whileStartingAlone(deps.database, async () => {
        await boss.start();
        started = true;
        for (const job of deps.jobs) {
          await boss.createQueue(job.name);
          await boss.schedule(job.name, job.cron, {});
        }
      });
      for (const job of deps.jobs) {
        await boss.work(
          job.name,
          { pollingIntervalSeconds: deps.pollingIntervalSeconds ?? 2, batchSize: 1 },
          async (batch) => {
            for (const item of batch) {
              payloadSchema.parse(item.data ?? {});
              await job.run();
            }
          },
        );
      }
    },
    /** Queues a job now (besides its schedule) and waits until some runner has done it. */
    async runNow(name: string, waitMs = 30_000) {
      if (!byName.has(name)) throw new Error(`unknown job ${name}`);
      const id = await boss.send(name, {});
      if (!id) throw new Error(`job ${name} was not queued`);
      const until = Date.now() + waitMs;
      for (;;) {
        const job = await boss.getJobById(name, id);
        if (job?.state === 'completed') return;
        if (job?.state === 'failed') throw new Error(`job ${name} failed: ${JSON.stringify(job.output)}`);
        if (Date.now() > until) throw new Error(`job ${name} did not finish in ${waitMs} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    /** Stops taking jobs and waits for those running to finish; the database stays open (it is the caller's). */
    async stop() {
      if (!started) return;
      started = false;
      await boss.stop({ graceful: true, wait: true, close: false, timeout: 20_000 });
    },
  };
}
export type JobRunner = ReturnType<typeof createJobRunner>;
