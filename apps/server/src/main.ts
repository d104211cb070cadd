import { buildApp } from './app';
import { createDeps } from './composition-root';
import { ConfigError, loadConfig } from './config';
import { DataDirLockedError } from './db/data-dir-lock';
import { openDatabase } from './db/database';
import { DEMO_PASSWORD, demoAccounts, loadDemoData } from './demo/demo-data';
import { ensurePracticeCall } from './demo/practice-call';
import { readAllCatalogueFiles } from './modules/catalogue/catalogue-files';
import { createJobRunner } from './modules/jobs/job-runner';
import { yanzhenJobs } from './modules/jobs/yanzhen-jobs';

/**
 * Starts Yanzhen: configuration → database (migrated) → demo data outside production → HTTP → background jobs
 * (unless JOBS_ENABLED=false). Shutdown runs the other way: jobs finish, HTTP closes, the database last.
 */
async function main() {
  const config = loadConfig();
  const database = await openDatabase(config);
  const deps = createDeps(config, database);
  const synced = await deps.services.catalogue.syncFromFiles(readAllCatalogueFiles());
  console.log(
    `catalogue: ${synced.created} new, ${synced.updated} updated, ${synced.unchanged} unchanged, ${synced.keptEdited} edited in the app`,
  );
  if (config.demoData && !config.isProduction) {
    await loadDemoData(deps.repos);
    await ensurePracticeCall(deps);
  }
  const app = await buildApp(deps);
  const jobs = config.jobs.enabled
    ? createJobRunner({ database, jobs: yanzhenJobs(deps), log: (msg) => app.log.warn(msg) })
    : null;

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    try {
      await jobs?.stop();
      await app.close();
    } finally {
      await database.close();
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  await jobs?.start();
  const where =
    database.kind === 'embedded' ? `embedded PostgreSQL in ${config.dataDir}` : 'server PostgreSQL';
  console.log(
    `\n雁阵 Yanzhen is running at ${config.publicUrl} (${where}); API docs at ${config.publicUrl}/api/docs`,
  );
  if (config.demoData && !config.isProduction) {
    console.log(`Demo accounts (password ${DEMO_PASSWORD}):`);
    for (const a of demoAccounts) console.log(`  ${a.email.padEnd(30)} ${a.note}`);
  }
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    console.error(err.message);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
});
