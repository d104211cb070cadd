import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const serverDir = new URL('..', import.meta.url).pathname;

function startServer(dataDir: string, port: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      YANZHEN_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      YANZHEN_DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
    },
  });
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitReady(port: number, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not become ready');
}

describe('the embedded data directory', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yanzhen-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second process with a clear message, and is free again after a clean shutdown', async () => {
    const first = startServer(dir, 3191);
    try {
      await waitReady(3191);
      const second = startServer(dir, 3192);
      const code = await second.exited;
      expect(code).toBe(2);
      expect(second.output()).toContain('is already in use by process');
      expect(second.output()).toContain(String(first.child.pid));
      expect((await fetch('http://127.0.0.1:3191/api/ready')).status).toBe(200);
    } finally {
      first.child.kill('SIGTERM');
    }
    expect(await first.exited).toBe(0);
    const third = startServer(dir, 3193);
    try {
      await waitReady(3193);
    } finally {
      third.child.kill('SIGTERM');
      await third.exited;
    }
  }, 180_000);
});
