import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseUrl, lishuiRecommender, serverPort, sysAdmin } from './support/environment';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a server CLI command against the data directory (the server must not be running). */
function runCli(env: NodeJS.ProcessEnv, args: string[]): void {
  execFileSync('npm', ['run', 'cli', '--silent', '-w', '@yanzhen/server', '--', ...args], {
    cwd: repoRoot,
    env,
    stdio: 'inherit',
  });
}

async function waitUntilReady(server: ChildProcess, logFile: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`the server exited with ${server.exitCode}:\n${readFileSync(logFile, 'utf8')}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the server was not ready within ${timeoutMs} ms:\n${readFileSync(logFile, 'utf8')}`);
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || !server.pid) return;
  const exited = new Promise<void>((r) => server.once('exit', () => r()));
  // npx → tsx → node: signal the whole process group this setup started.
  process.kill(-server.pid, 'SIGTERM');
  const timer = setTimeout(() => server.pid && process.kill(-server.pid, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * A fresh embedded database in a temp directory, the accounts the journeys need (created with the CLI
 * before the server starts, since the embedded database allows one process), then the server itself.
 * Assumes `npm run build:web` ran: the server serves apps/web/dist. Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(join(repoRoot, 'apps/web/dist/index.html'))) {
    throw new Error('apps/web/dist is missing: run `npm run build:web` before the journeys');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'yanzhen-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    YANZHEN_DATA_DIR: dataDir,
    YANZHEN_DEMO_DATA: 'false',
    NODE_ENV: 'test',
    PORT: String(serverPort),
  };
  delete env.DATABASE_URL;
  runCli(env, [
    'user:create',
    '--email',
    sysAdmin.email,
    '--password',
    sysAdmin.password,
    '--name',
    sysAdmin.name,
    '--roles',
    'sysAdmin',
  ]);
  const r = lishuiRecommender;
  runCli(env, [
    'recommender:create',
    ...['--name', r.organisationName, '--regions', r.regionCode, '--email', r.email],
    ...['--password', r.password, '--person-name', r.name],
  ]);

  const logFile = join(dataDir, 'server.log');
  const log = createWriteStream(logFile);
  const server = spawn('npx', ['tsx', 'apps/server/src/main.ts'], { cwd: repoRoot, env, detached: true });
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);
  try {
    await waitUntilReady(server, logFile);
  } catch (error) {
    await stopServer(server);
    throw error;
  }

  return async () => {
    await stopServer(server);
    log.end();
    if (process.env.YANZHEN_E2E_KEEP_DATA) console.log(`e2e data and server log kept in ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  };
}
