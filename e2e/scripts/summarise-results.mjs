// Prints the totals of the last Playwright run (test-results/results.json) and fails if any test failed.
import { readFileSync } from 'node:fs';

const file = new URL('../test-results/results.json', import.meta.url);
const { stats } = JSON.parse(readFileSync(file, 'utf8'));
const { expected = 0, unexpected = 0, flaky = 0, skipped = 0, duration = 0 } = stats;
console.log(
  `passed ${expected}, failed ${unexpected}, flaky ${flaky}, skipped ${skipped} in ${Math.round(duration / 1000)} s`,
);
process.exitCode = unexpected > 0 ? 1 : 0;
