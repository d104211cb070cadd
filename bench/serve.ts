// A server under benchmark, in its own process: either a bare fastify endpoint (the baseline) or Yanzhen
// itself on the database named by the environment, with a signed-in bench user. Prints one JSON line when ready.
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { buildApp } from '../apps/server/src/app';
import { createDeps } from '../apps/server/src/composition-root';
import { loadConfig } from '../apps/server/src/config';
import { openDatabase } from '../apps/server/src/db/database';
import { ensurePracticeCall } from '../apps/server/src/demo/practice-call';
import { readAllCatalogueFiles } from '../apps/server/src/modules/catalogue/catalogue-files';
import { createProvisioning } from '../apps/server/src/modules/organisations/provisioning';
import { seedApplications } from './seed-applications';

const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 100_000);

async function signIn(address: string, email: string, password: string) {
  const login = await fetch(`${address}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`login ${email}: ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

async function main() {
  const mode = process.argv[2];
  if (mode === 'bare') {
    const app = Fastify();
    app.get('/bare', async () => ({
      id: '00000000-0000-0000-0000-000000000000',
      name: '基准',
      status: 'verified',
    }));
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    console.log(JSON.stringify({ address }));
    return;
  }
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: 'silent',
    YANZHEN_DEMO_DATA: 'false',
    PORT: '0',
    HOST: '127.0.0.1',
  });
  const database = await openDatabase(config);
  const deps = createDeps(config, database);
  await deps.services.catalogue.syncFromFiles(readAllCatalogueFiles());
  await ensurePracticeCall(deps);
  const p = createProvisioning(deps.repos);
  const org = await p.ensureOrganisation({
    name: '基准测试单位',
    type: 'enterprise',
    uscc: '91331181MA2HK5D1X7',
    country: 'CN',
    regionCode: '331181',
    status: 'verified',
  });
  await p.ensureUser({
    email: 'bench@bench.yanzhen',
    password: 'bench-password-1',
    name: '基准',
    roles: ['applicant'],
    organisationId: org.id,
  });
  // the office mode: N applications, a programme officer, and the 丽水 bureau's recommender
  const office = mode === 'office';
  if (office) {
    const creator = await deps.repos.users.findByEmail('bench@bench.yanzhen');
    await seedApplications((statement) => deps.database.db.execute(sql.raw(statement)), {
      count: APPLICATIONS,
      organisations: 3000,
      createdBy: creator!.id,
    });
    await p.ensureUser({
      email: 'officer@bench.yanzhen',
      password: 'bench-password-1',
      name: '基准项目主管',
      roles: ['programmeOfficer'],
      organisationId: null,
    });
    const bureau = await deps.repos.organisations.findByName('丽水市科学技术局（基准）');
    await p.ensureUser({
      email: 'recommender@bench.yanzhen',
      password: 'bench-password-1',
      name: '基准推荐人',
      roles: ['recommender'],
      organisationId: bureau!.id,
    });
  }
  const app = await buildApp(deps, { logger: false });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const { cookie, csrfToken } = await signIn(address, 'bench@bench.yanzhen', 'bench-password-1');
  const extra = office
    ? {
        officerCookie: (await signIn(address, 'officer@bench.yanzhen', 'bench-password-1')).cookie,
        recommenderCookie: (await signIn(address, 'recommender@bench.yanzhen', 'bench-password-1')).cookie,
      }
    : {};
  console.log(JSON.stringify({ address, cookie, csrfToken, organisationId: org.id, ...extra }));
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
