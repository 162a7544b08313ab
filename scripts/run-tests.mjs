// npm test: every test. The static checks (dataset contract, types, lint and format) and the unit
// tests run side by side; then the production build, the first-paint size budget, and the
// end-to-end tests (Playwright in Chromium) against the build. Ends with one line
// "N passed, N failed" that adds everything up; exits non-zero when any test failed or none ran.
// Works on Linux, macOS and Windows (npm and npx are spawned through the shell on Windows).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium, NO_CHROMIUM } from './find-chromium.mjs';

const dist = process.env.E2E_DIST ?? 'dist';
const shell = process.platform === 'win32';

/** Runs a command; `quiet` collects its output to print in one piece once it ends. */
function run(cmd, args, { env = {}, quiet = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      shell,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...env },
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('error', (e) => resolve({ code: 1, output: `${output}${e.message}\n` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
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
const count = (name, ok) => {
  if (ok) passed += 1;
  else {
    console.error(`${name}: failed`);
    failed += 1;
  }
};

// 0 and 1. Static checks (each counted as one test) and the unit tests, side by side. The type
// check runs once here; the build below does not repeat it.
const statics = [
  ['dataset contract', 'data:check'],
  ['types', 'typecheck'],
  ['lint and format', 'lint'],
].map(([name, script]) =>
  run('npm', ['run', '--silent', script], { quiet: true }).then((r) => ({ name, script, ...r })),
);
console.log('\n== static checks (in the background) and unit tests');
const unitRun = run('npx', [
  'vitest',
  'run',
  '--reporter=dot',
  '--reporter=json',
  '--outputFile=.tmp/vitest.json',
]);
const [unitDone, ...staticDone] = await Promise.all([unitRun, ...statics]);
for (const { name, script, code, output } of staticDone) {
  console.log(`\n== ${name} (npm run ${script}): ${code === 0 ? 'ok' : 'FAILED'}`);
  if (code !== 0 || output.trim()) console.log(output.trimEnd());
  count(name, code === 0);
}
const unit = readJson('.tmp/vitest.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests + (unit.numTotalTests === 0 ? 1 : 0);
} else {
  console.error(`Vitest wrote no report (exit ${unitDone.code}): counting the unit run as one failure.`);
  failed += 1;
}

// 2. The production build the end-to-end tests run against, and its first-paint budget.
console.log('\n== build');
const built = (await run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', dist])).code === 0;
if (!built) console.error('The build failed: the end-to-end tests cannot run (counted as one failure).');
count('build', built);
if (built) {
  console.log('\n== first-paint size budget (npm run size)');
  count('size budget', (await run('node', ['scripts/size.mjs'], { env: { SIZE_DIST: dist } })).code === 0);
}

// 3. End-to-end tests in Chromium.
console.log('\n== end-to-end tests');
const chromium = findChromium();
if (!chromium) {
  console.error(NO_CHROMIUM);
  failed += 1;
} else if (built) {
  await run('npx', ['playwright', 'test'], { env: { CHROMIUM_PATH: chromium, E2E_DIST: dist } });
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
