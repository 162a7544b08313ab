// Scale measurement of the quote explorer in Chromium: time to the first rendered list, and time from
// a keystroke in the search box to the updated quote list, on a synthetic dataset.
// Usage: node scripts/bench-quotes.mjs [--data .tmp/synthetic-quotes.json] [--dist .tmp/dist-quotes]
//        [--port 4243] [--runs 10] [--build]
// Make the data first: npx tsx scripts/make-synthetic.ts --events 1000 --quotes 5000 --out .tmp/synthetic-quotes.json
// Figures only: nothing here passes or fails on time.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from './find-chromium.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] && !process.argv[i + 1].startsWith('--')
    ? process.argv[i + 1]
    : fallback;
};
const data = arg('data', '.tmp/synthetic-quotes.json');
const dist = arg('dist', '.tmp/dist-quotes');
const port = Number(arg('port', '4243'));
const runs = Number(arg('runs', '10'));
const base = `http://127.0.0.1:${port}/`;
const vite = 'node_modules/vite/bin/vite.js';

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}
if (!existsSync(data)) {
  console.error(`${data} not found. Make it with scripts/make-synthetic.ts (see the top of this file).`);
  process.exit(1);
}
if (process.argv.includes('--build') || !existsSync(`${dist}/index.html`)) {
  if (spawnSync('node', [vite, 'build', '--outDir', dist], { stdio: 'inherit' }).status !== 0)
    process.exit(1);
}

// The built app, served as a static host would (one process, ended by its own id).
const server = spawn(
  'node',
  [vite, 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', dist],
  {
    stdio: 'ignore',
  },
);
const stopServer = () => server.exitCode === null && server.kill('SIGTERM');
process.on('exit', stopServer);
for (let i = 0; ; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    if (i > 100) throw new Error(`no server at ${base}`);
  }
  await new Promise((r) => setTimeout(r, 200));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${x.toFixed(0)} ms`;
const summary = (label, xs) =>
  console.log(
    `${label.padEnd(44)} median ${ms(median(xs)).padStart(7)}   worst ${ms(Math.max(...xs)).padStart(7)}   (n=${xs.length})`,
  );

const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

/** A page whose dataset request is answered with the synthetic file; records when the first quote card appears. */
async function openPage() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route(/dataset-[^/]*\.json$/, (route) =>
    route.fulfill({ path: data, contentType: 'application/json' }),
  );
  await page.addInitScript(() => {
    const seen = new MutationObserver(() => {
      if (!document.querySelector('[data-quote-id]')) return;
      seen.disconnect();
      window.__firstList = performance.now();
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  await page.goto(base);
  await page.waitForSelector('[data-quote-id]', { timeout: 60_000 });
  const load = await page.evaluate(() => {
    const entry = performance.getEntriesByType('resource').find((e) => /dataset-[^/]*\.json/.test(e.name));
    return { firstList: window.__firstList, datasetEnd: entry?.responseEnd ?? 0 };
  });
  return { page, load };
}

// 1. First render: navigation start to the first quote card on screen (fetch, validation, indexing, render).
const firstList = [];
const afterData = [];
for (let i = 0; i < 3; i++) {
  const { page, load } = await openPage();
  firstList.push(load.firstList);
  afterData.push(load.firstList - load.datasetEnd);
  await page.close();
}

// 2. Keystroke to updated list: keydown's timestamp to the mutation that changes the quote count,
//    and to the next frame after it (about when the new list is painted).
const { page } = await openPage();
const total = await page.getByTestId('quotes-count').textContent();
const box = page.getByLabel('Search words');
await page.evaluate(() => {
  window.__measure = () =>
    new Promise((resolve) => {
      const input = document.querySelector('input[type="search"]');
      const section = document.querySelector('section[aria-labelledby="quotes-heading"]');
      const before = document.querySelector('[data-testid="quotes-count"]').textContent;
      let t0 = null;
      input.addEventListener('keydown', (e) => (t0 = e.timeStamp), { once: true, capture: true });
      const seen = new MutationObserver(() => {
        const count = document.querySelector('[data-testid="quotes-count"]')?.textContent;
        if (t0 === null || count === before) return;
        seen.disconnect();
        const dom = performance.now() - t0;
        requestAnimationFrame(() =>
          setTimeout(
            () =>
              resolve({
                dom,
                frame: performance.now() - t0,
                count,
                cards: section.querySelectorAll('article').length,
              }),
            0,
          ),
        );
      });
      seen.observe(section, { childList: true, subtree: true, characterData: true });
    });
});

/** Presses a key and waits for the count to change (null when it did not change within 2 s). */
async function keystroke(key) {
  await page.evaluate(() => void (window.__pending = window.__measure()));
  await box.press(key);
  return Promise.race([
    page.evaluate(() => window.__pending),
    new Promise((resolve) => setTimeout(() => resolve(null), 2000)),
  ]);
}

const fromEmpty = [];
const fromEmptyFrame = [];
const typing = [];
const typingFrame = [];
let lastCount = '';
for (let i = 0; i < runs; i++) {
  // From an empty box: one digit narrows 5,000 quotes to those whose text holds it.
  await box.fill('');
  await page.getByTestId('quotes-count').filter({ hasText: total }).waitFor();
  const r = await keystroke(String(i % 10));
  if (!r) continue;
  fromEmpty.push(r.dom);
  fromEmptyFrame.push(r.frame);
  lastCount = r.count;
}
// Typing a word letter by letter after a first one: "sanction" (each letter that changes the count).
for (let i = 0; i < Math.max(1, Math.ceil(runs / 5)); i++) {
  await box.fill('');
  await page.getByTestId('quotes-count').filter({ hasText: total }).waitFor();
  await box.fill('1');
  await page.getByTestId('quotes-count').filter({ hasNotText: total }).waitFor();
  for (const key of [' ', 's', 'a', 'n', 'c', 't', 'i', 'o', 'n']) {
    if (key === ' ') {
      await box.press(key);
      continue;
    }
    const r = await keystroke(key);
    if (r) {
      typing.push(r.dom);
      typingFrame.push(r.frame);
    }
  }
}
// 3. "Show more": click to 25 more cards on screen (the cost of rendering cards, per page).
await box.fill('');
await page.getByTestId('quotes-count').filter({ hasText: total }).waitFor();
const showMore = [];
for (let i = 0; i < runs; i++) {
  const ms = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const section = document.querySelector('section[aria-labelledby="quotes-heading"]');
        const before = section.querySelectorAll('article').length;
        const button = [...section.querySelectorAll('button')].find((b) =>
          /^Show \d+ more$/.test(b.textContent),
        );
        const seen = new MutationObserver(() => {
          if (section.querySelectorAll('article').length === before) return;
          seen.disconnect();
          const dom = performance.now() - t0;
          requestAnimationFrame(() => setTimeout(() => resolve([dom, performance.now() - t0]), 0));
        });
        seen.observe(section, { childList: true, subtree: true });
        const t0 = performance.now();
        button.click();
      }),
  );
  showMore.push(ms[1]);
}
const cards = await page.locator('section[aria-labelledby="quotes-heading"] article').count();
const quotesTotal = total.replace(/^.* of /, '');

console.log(`\nQuote explorer at ${quotesTotal} (data: ${data}; Chromium ${browser.version()})`);
summary('first list: navigation → first quote card', firstList);
summary('first list: dataset received → first card', afterData);
summary('keystroke → new count in the DOM (from empty)', fromEmpty);
summary('keystroke → next frame (from empty)', fromEmptyFrame);
if (typing.length) {
  summary('keystroke → new count in the DOM (typing)', typing);
  summary('keystroke → next frame (typing)', typingFrame);
}
summary('"Show more" → 25 more cards, next frame', showMore);
console.log(`last count: "${lastCount}"; cards on screen: ${cards}`);

await browser.close();
stopServer();
