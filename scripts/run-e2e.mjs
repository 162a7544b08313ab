// npm run test:e2e: build, then the end-to-end tests only (pass Playwright arguments after --).
// Works on Linux, macOS and Windows (npx is spawned through the shell on Windows).
import { spawnSync } from 'node:child_process';
import { findChromium, NO_CHROMIUM } from './find-chromium.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}
const opts = {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, CHROMIUM_PATH: chromium },
};
// E2E_DIST builds into another folder, so runs side by side do not overwrite each other's build.
const buildArgs = process.env.E2E_DIST
  ? ['vite', 'build', '--outDir', process.env.E2E_DIST]
  : ['vite', 'build'];
if (spawnSync('npx', buildArgs, opts).status !== 0) process.exit(1);
process.exit(spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], opts).status ?? 1);
