import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';

// Several people (or agents) can run the suite at once, each on its own port and build folder.
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  // Tests run in Node: the config with Node's types and the real module types (tsconfig.json is the browser's).
  tsconfig: './tsconfig.node.json',
  fullyParallel: true,
  // One worker per core (Playwright's default is half of them); E2E_WORKERS overrides.
  workers: Number(process.env.E2E_WORKERS) || Math.max(1, availableParallelism()),
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  outputDir: process.env.E2E_RESULTS ?? 'test-results',
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON ?? '.tmp/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    launchOptions: { executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    // The production build, served as any static host would.
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1 --outDir ${dist}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
