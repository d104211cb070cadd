import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { roleSchema } from '@yanzhen/domain';
import { z } from 'zod';
import { createDeps } from './composition-root';
import { ConfigError, loadConfig } from './config';
import { DataDirLockedError } from './db/data-dir-lock';
import { openDatabase } from './db/database';
import { createRepositories, createTransactionRunner } from './db/repositories';
import { loadDemoData } from './demo/demo-data';
import { ensurePracticeCall } from './demo/practice-call';
import { exportCatalogue } from './modules/catalogue/catalogue.routes';
import { createCatalogueService } from './modules/catalogue/catalogue.service';
import { readAllCatalogueFiles } from './modules/catalogue/catalogue-files';
import { createProvisioning } from './modules/organisations/provisioning';
import { systemClock } from './shared/clock';

const usage = `Usage: npm run cli -w @yanzhen/server -- <command> [options]
  user:create --email E --password P --name N --roles sysAdmin[,programmeOfficer,...]
  recommender:create --name 丽水市科学技术局 --regions 331100[,...] --email E --password P --person-name N
                   [--quota-holder 国资委]   the name the calls' quota tables use for this body
  demo:load        demo organisations and accounts, and the practice call (open now)
  practice:ensure  only the practice call (a copy of a seed call whose window is open now)
  catalogue:sync   load catalogue/calls/*.yaml into the database (also done at every start)
  catalogue:export [--out FILE]   every published call as JSON (docs/catalogue-format.md)
  migrate          apply migrations and exit
The same environment as the server applies (YANZHEN_DATA_DIR or DATABASE_URL).`;

const list = (v: string | undefined) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
      roles: { type: 'string' },
      regions: { type: 'string' },
      'person-name': { type: 'string' },
      out: { type: 'string' },
      'quota-holder': { type: 'string' },
    },
  });
  if (
    !command ||
    ![
      'user:create',
      'recommender:create',
      'demo:load',
      'practice:ensure',
      'migrate',
      'catalogue:sync',
      'catalogue:export',
    ].includes(command)
  ) {
    console.error(usage);
    process.exit(64);
  }
  const database = await openDatabase(loadConfig());
  try {
    const repos = createRepositories(database.db);
    const p = createProvisioning(repos);
    const password = z.string().min(10, 'the password needs at least 10 characters');
    if (command === 'user:create') {
      const roles = z.array(roleSchema).min(1).parse(list(values.roles));
      const { user, created } = await p.ensureUser({
        email: z.email().parse(values.email),
        password: password.parse(values.password),
        name: z.string().min(1).parse(values.name),
        roles,
      });
      console.log(`${created ? 'created' : 'exists'}: ${user.email} (${roles.join(', ')})`);
    } else if (command === 'recommender:create') {
      const regions = z
        .array(z.string().regex(/^\d{6}$/))
        .min(1)
        .parse(list(values.regions));
      const body = await p.ensureRecommender({
        name: z.string().min(1).parse(values.name),
        regionCode: regions[0]!,
        regions,
        quotaHolder: values['quota-holder'] ?? null,
      });
      const { user, created } = await p.ensureUser({
        email: z.email().parse(values.email),
        password: password.parse(values.password),
        name: z.string().min(1).parse(values['person-name']),
        roles: ['recommender'],
        organisationId: body.id,
      });
      console.log(
        `${created ? 'created' : 'exists'}: ${user.email}, recommender of ${body.name} for ${regions.join(', ')}`,
      );
    } else if (command === 'catalogue:sync' || command === 'catalogue:export') {
      const catalogue = createCatalogueService({ transaction: createTransactionRunner(database.db) });
      const synced = await catalogue.syncFromFiles(readAllCatalogueFiles());
      if (command === 'catalogue:sync') console.error(`catalogue: ${JSON.stringify(synced)}`);
      else {
        const json = `${JSON.stringify(await exportCatalogue({ repos, clock: systemClock }), null, 2)}\n`;
        if (values.out) writeFileSync(values.out, json);
        else process.stdout.write(json);
      }
    } else if (command === 'demo:load' || command === 'practice:ensure') {
      const deps = createDeps(loadConfig(), database);
      await deps.services.catalogue.syncFromFiles(readAllCatalogueFiles());
      if (command === 'demo:load') await loadDemoData(repos);
      await ensurePracticeCall(deps);
      console.log(command === 'demo:load' ? 'demo data and practice call loaded' : 'practice call ready');
    } else {
      console.log('migrations applied');
    }
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  if (err instanceof z.ZodError) {
    console.error(
      `Invalid arguments:\n${err.issues.map((i) => `  ${i.path.join('.') || 'value'}: ${i.message}`).join('\n')}\n\n${usage}`,
    );
    process.exit(64);
  }
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    console.error(err.message);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
});
