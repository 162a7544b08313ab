// npm test: every test. Unit tests (Vitest), then the production build, then the end-to-end
// tests (Playwright in Chromium) against it. Ends with one line "N passed, N failed" that adds
// both up; exits non-zero when any test failed or none ran.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium, NO_CHROMIUM } from './find-chromium.mjs';

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

mkdirSync('.tmp', { recursive: true });
for (const report of ['.tmp/vitest.json', '.tmp/playwright.json']) rmSync(report, { force: true });
let passed = 0;
// Checks run before npm test (CI's citation-excerpt check) may hand over their failures.
let failed = Number(process.env.EXTRA_FAILED ?? 0) || 0;

// 0. Static checks, each counted as one test: the dataset contract, the types, lint and format.
for (const [name, script] of [
  ['dataset contract', 'data:check'],
  ['types', 'typecheck'],
  ['lint and format', 'lint'],
]) {
  console.log(`\n== ${name} (npm run ${script})`);
  if (run('npm', ['run', '--silent', script]) === 0) passed += 1;
  else {
    console.error(`${name}: failed`);
    failed += 1;
  }
}

console.log('\n== unit tests');

// 1. Unit tests.
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=.tmp/vitest.json']);
const unit = readJson('.tmp/vitest.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + (unit.numTotalTests === 0 ? 1 : 0);
} else {
  console.error('Vitest wrote no report: counting the unit run as one failure.');
  failed += 1;
}

// 2. The production build the end-to-end tests run against.
const built = run('npm', ['run', 'build', '--silent']) === 0;
if (!built) {
  console.error('The build failed: the end-to-end tests cannot run (counted as one failure).');
  failed += 1;
}

// 3. End-to-end tests in Chromium.
console.log('\n== end-to-end tests');
const chromium = findChromium();
if (!chromium) {
  console.error(NO_CHROMIUM);
  failed += 1;
} else if (built) {
  run('npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium });
  const e2e = readJson('.tmp/playwright.json');
  if (e2e?.stats) {
    passed += e2e.stats.expected;
    failed += e2e.stats.unexpected + e2e.stats.flaky;
    if (e2e.stats.expected + e2e.stats.unexpected === 0) failed += 1;
  } else {
    console.error('Playwright wrote no report: counting the end-to-end run as one failure.');
    failed += 1;
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
