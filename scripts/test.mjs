#!/usr/bin/env node
// The whole test suite: unit and integration tests (embedded PostgreSQL, and server PostgreSQL when
// TEST_DATABASE_URL is set), then the browser journeys in Chromium when it is installed.
// Ends with one plain line: "N passed, N failed[, N skipped]".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'yanzhen-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const args = process.argv.slice(2);
const only = (name) => args.length === 0 || args.includes(name);

function run(cmd, cmdArgs, env = {}) {
  const res = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return res.status ?? 1;
}

if (only('vitest')) {
  const report = join(out, 'vitest.json');
  const code = run('npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + r.numTodoTests;
    // a file that failed to load has no tests to count: count it as a failure
    totals.failed += r.testResults.filter(
      (f) => f.status === 'failed' && f.assertionResults.length === 0,
    ).length;
  } else if (code !== 0) {
    totals.failed += 1;
  }
}

if (only('e2e')) {
  const chromium = process.env.YANZHEN_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    console.log(`\nBrowser journeys skipped: no Chromium at ${chromium} (Debian: apt-get install chromium).`);
  } else {
    if (!existsSync(join(root, 'apps/web/dist/index.html'))) run('npm', ['run', 'build:web']);
    const report = join(out, 'playwright.json');
    const code = run('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    });
    if (existsSync(report)) {
      const s = JSON.parse(readFileSync(report, 'utf8')).stats;
      totals.passed += s.expected + (s.flaky ?? 0);
      totals.failed += s.unexpected;
      totals.skipped += s.skipped;
    } else if (code !== 0) {
      totals.failed += 1;
    }
  }
}

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
