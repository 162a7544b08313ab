// Timeline benchmark in Chromium: time to first render of the timeline, and time from a filter
// change to the updated timeline, with synthetic datasets of 1,000 and 10,000 events.
// Usage: npm run build && node scripts/bench-timeline.mjs [runs]
// (writes .tmp/synthetic-*.json with scripts/make-synthetic.ts; serves dist/ on port 4290)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from './find-chromium.mjs';

const runs = Number(process.argv[2] ?? 5);
const sizes = [1000, 10000];
const dist = process.env.E2E_DIST ?? 'dist';
const executablePath = findChromium();
if (!executablePath) throw new Error(NO_CHROMIUM);
if (!existsSync(`${dist}/index.html`)) throw new Error(`no build in ${dist}: run npm run build first`);
for (const n of sizes)
  if (
    spawnSync(
      'npx',
      [
        'tsx',
        'scripts/make-synthetic.ts',
        '--events',
        String(n),
        '--quotes',
        String(n / 2),
        '--out',
        `.tmp/synthetic-${n}.json`,
      ],
      { stdio: 'inherit' },
    ).status
  )
    process.exit(1);

const server = spawn(
  'npx',
  ['vite', 'preview', '--port', '4290', '--strictPort', '--host', '127.0.0.1', '--outDir', dist],
  { stdio: 'ignore', detached: true },
);
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)].toFixed(0)} ms, worst ${s[s.length - 1].toFixed(0)} ms`;
};

try {
  for (const n of sizes) {
    const first = [];
    const change = [];
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.route(/dataset-[^/]*\.json$/, (route) =>
        route.fulfill({ path: `.tmp/synthetic-${n}.json` }),
      );
      await page.addInitScript(() => {
        new MutationObserver((_, o) => {
          if (document.querySelector('[data-testid="timeline"] .vis-item')) {
            window.__firstItem = performance.now();
            o.disconnect();
          }
        }).observe(document, { subtree: true, childList: true });
      });
      await page.goto('http://127.0.0.1:4290/');
      await page.waitForFunction(() => window.__firstItem, null, { timeout: 120_000 });
      first.push(await page.evaluate(() => window.__firstItem));
      // A filter change: toggle the first topic chip; time until the timeline stops changing.
      for (let k = 0; k < 2; k++)
        change.push(
          await page.evaluate(
            () =>
              new Promise((resolve) => {
                const tl = document.querySelector('[data-testid="timeline"]');
                const chip = document.querySelector('section[aria-label="Filters"] button[aria-pressed]');
                const t0 = performance.now();
                let last = t0;
                new MutationObserver(() => (last = performance.now())).observe(tl, {
                  subtree: true,
                  childList: true,
                  attributes: true,
                });
                const quiet = () =>
                  performance.now() - last > 300 ? resolve(last - t0) : setTimeout(quiet, 50);
                chip.click();
                setTimeout(quiet, 50);
              }),
          ),
        );
      await page.close();
    }
    console.log(
      `${n} events: first render of the timeline ${stats(first)}; filter change → updated timeline ${stats(change)} (${runs} runs)`,
    );
  }
} finally {
  await browser.close();
  process.kill(-server.pid);
}
