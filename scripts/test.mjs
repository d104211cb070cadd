#!/usr/bin/env node
// The whole test suite: unit and integration tests (embedded PostgreSQL, and server PostgreSQL when
// TEST_DATABASE_URL is set), again on a second Node.js major when YANZHEN_EXTRA_NODE names its binary, then the
// browser journeys in Chromium when it is installed. Ends with one plain line: "N passed, N failed[, N skipped]".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

/** Runs vitest with one Node.js binary and adds its counts. */
function vitest(label, node, env = {}) {
  const report = join(out, `vitest-${Object.keys(totals).length}-${Date.now()}.json`);
  console.log(`\n== unit and integration tests (${label})`);
  const vitestBin = join(root, 'node_modules/vitest/vitest.mjs');
  const code = run(
    node,
    [vitestBin, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    env,
  );
  if (!existsSync(report)) {
    if (code !== 0) totals.failed += 1;
    return;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + r.numTodoTests;
  // a file that failed to load has no tests to count: count it as a failure
  totals.failed += r.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  ).length;
}

if (only('vitest')) {
  vitest(`node ${process.version}`, process.execPath);
  const extra = process.env.YANZHEN_EXTRA_NODE;
  if (extra && existsSync(extra)) {
    const version = spawnSync(extra, ['--version'], { encoding: 'utf8' }).stdout.trim();
    vitest(`node ${version}, embedded PostgreSQL`, extra, { TEST_DATABASE_URL: '' });
  }
}

if (only('e2e')) {
  const chromium = process.env.YANZHEN_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    console.log(`\nBrowser journeys skipped: no Chromium at ${chromium} (Debian: apt-get install chromium).`);
  } else {
    if (!existsSync(join(root, 'apps/web/dist/index.html'))) run('npm', ['run', 'build:web']);
    // the JSON reporter's file is set in e2e/playwright.config.ts
    const report = join(root, 'e2e/test-results/results.json');
    rmSync(report, { force: true });
    console.log('\n== browser journeys (Chromium)');
    const code = run('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts']);
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
