// npm run bench: the speed goals of issue 14, measured in one command (figures only: nothing here
// passes or fails, and CI does not run it).
//
//  1. Interactions at scale: Chromium with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate),
//     a synthetic dataset of 10,000 events / 5,000 quotes served in place of the bundled one
//     (page.route on the dataset's URL), p50/p95 over N trials (default 20) of
//       filter change (actor, month, topic) → updated events list painted,
//       keystroke in the search box → updated events list painted,
//       choosing an event in the list → its detail painted.
//     Beside each: the input's own next paint (Event Timing, the worst per trial) and the time until
//     the main thread is quiet again (end of the last long task the input caused).
//  2. Lighthouse mobile (default simulated throttling), median of 3, on the bundled data:
//     performance score, LCP (and the LCP element), TBT, CLS.
//  3. With --profile: a CPU profile (CDP Profiler) of one actor click at 10k, mapped through the
//     build's source maps; the top functions by self time, and the time by package.
//
//  Beside the events list, each input also gives the time until the quote list's count changed and
//  until the timeline stopped changing (the measures of the former bench-quotes.mjs and bench-timeline.mjs).
//
// Usage: node scripts/bench.mjs [--build] [--dist dist-bench] [--port 4290] [--trials 20]
//        [--cpu 4] [--events 10000] [--quotes 5000] [--only interactions|lighthouse] [--profile]
//        [--interactions actor,month,topic,search,select] (a subset of the interactions, for a quick look)
// The machine may be shared and loaded: compare figures taken in the same session, as ratios.
// Shared parts (flags, synthetic data, server, tables): scripts/bench-helpers.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { SourceMapConsumer } from 'source-map-js';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from './find-chromium.mjs';
import {
  arg,
  ensureBuild,
  ensureSynthetic,
  flag,
  gitHead,
  load,
  ms,
  pct,
  serve,
  table,
} from './bench-helpers.mjs';

const dist = arg('dist', 'dist-bench');
const port = Number(arg('port', '4290'));
const trials = Number(arg('trials', '20'));
const cpu = Number(arg('cpu', '4'));
const nEvents = Number(arg('events', '10000'));
const nQuotes = Number(arg('quotes', '5000'));
const only = arg('only', '');
const picked = arg('interactions', 'actor,month,topic,search,select').split(',');
const DATASET_URL = /\/assets\/dataset-[^/]*\.json$/;

const executablePath = findChromium();
if (!executablePath) {
  console.error(NO_CHROMIUM);
  process.exit(1);
}
ensureBuild(dist, flag('build'));
const data = ensureSynthetic(nEvents, nQuotes);
const { base, stop: stopServer } = await serve(dist, port);

const header = [
  `Rift Tracker benchmark · ${new Date().toISOString()} · build ${dist} · git ${gitHead()}`,
  `machine: ${cpus().length} cores, load average at start ${load()} (shared with other work: read figures as ratios)`,
];
console.log(header.join('\n'));

// ——— 1. Interactions at 10k with the CPU slowed ———

/** In the page: measurement helpers (installed before the app's own scripts). */
function installProbes() {
  const w = window;
  w.__longTasks = [];
  w.__eventTimings = [];
  new PerformanceObserver((l) =>
    w.__longTasks.push(...l.getEntries().map((e) => [e.startTime, e.duration])),
  ).observe({
    type: 'longtask',
    buffered: true,
  });
  new PerformanceObserver((l) =>
    w.__eventTimings.push(
      ...l
        .getEntries()
        .filter((e) => e.interactionId)
        .map((e) => [e.startTime, e.duration]),
    ),
  ).observe({ type: 'event', durationThreshold: 16, buffered: true });
  // The first time the events list shows a row (navigation → first list painted).
  const first = new MutationObserver(() => {
    if (!document.querySelector('[data-event-id]')) return;
    first.disconnect();
    requestAnimationFrame(() => setTimeout(() => (w.__firstList = performance.now()), 0));
  });
  first.observe(document, { childList: true, subtree: true });
  // The first time the timeline shows an item (its first render, after its chunk and vis-timeline).
  const firstItem = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="timeline"] .vis-item')) return;
    firstItem.disconnect();
    requestAnimationFrame(() => setTimeout(() => (w.__firstTimeline = performance.now()), 0));
  });
  firstItem.observe(document, { childList: true, subtree: true });
  const quoteCount = () => document.querySelector('[data-testid="quotes-count"]')?.textContent ?? '';
  /** What the events list shows: its count line and its first rows. */
  const signature = () => {
    const list = document.getElementById('events-heading')?.closest('section');
    if (!list) return '';
    const rows = [...list.querySelectorAll('[data-event-id]')].slice(0, 3).map((r) => r.dataset.eventId);
    return `${list.querySelector('#events-heading ~ p')?.textContent ?? ''}|${rows.join(',')}`;
  };
  const detail = () => document.getElementById('detail-heading')?.textContent ?? '';
  /**
   * Arms a measurement: the next input of `type` (capture phase, so its timestamp is the input's)
   * starts the clock; it stops at the frame after `done()` first holds. Resolves with the times.
   */
  w.__arm = (type, what, expected) => {
    const before = signature();
    const quotesBefore = quoteCount();
    const done = what === 'detail' ? () => detail() === expected : () => signature() !== before;
    const timeline = document.querySelector('[data-testid="timeline"]');
    return new Promise((resolve) => {
      let t0 = null;
      let quotes;
      let timelineLast;
      const start = (e) => {
        if (t0 === null) t0 = e.timeStamp;
      };
      window.addEventListener(type, start, { capture: true, once: true });
      // The quote list's count, and the last change inside the timeline (none: no figure, not 0 ms).
      const others = new MutationObserver((records) => {
        if (t0 === null) return;
        const now = performance.now() - t0;
        if (quotes === undefined && quoteCount() !== quotesBefore) quotes = now;
        if (timeline && records.some((r) => timeline.contains(r.target))) timelineLast = now;
      });
      others.observe(document.body, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
      const seen = new MutationObserver(() => {
        if (t0 === null || !done()) return;
        seen.disconnect();
        const dom = performance.now() - t0;
        requestAnimationFrame(() =>
          setTimeout(() => {
            const painted = performance.now() - t0;
            // Wait for the main thread to be quiet, then read what the input cost in all. Quiet: two
            // idle callbacks 300 ms apart with no long task and no timeline change between them
            // (work the app itself leaves for idle time would otherwise be missed).
            let rounds = 0;
            let seen = '';
            const settle = () =>
              requestIdleCallback(
                () => {
                  const now = `${w.__longTasks.length}|${timelineLast}`;
                  if (now !== seen && rounds++ < 20) {
                    seen = now;
                    setTimeout(settle, 300);
                    return;
                  }
                  const after = w.__longTasks.filter(([s, d]) => s + d >= t0);
                  const quiet = Math.max(painted, ...after.map(([s, d]) => s + d - t0));
                  const own = w.__eventTimings.filter(([s]) => s >= t0 - 1).map(([, d]) => d);
                  others.disconnect();
                  resolve({
                    dom,
                    painted,
                    quiet,
                    input: own.length ? Math.max(...own) : 0,
                    quotes,
                    timeline: timelineLast,
                  });
                },
                { timeout: 10_000 },
              );
            setTimeout(settle, 300);
          }, 0),
        );
      });
      seen.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    });
  };
}

async function interactions() {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  let served = 0;
  await page.route(DATASET_URL, (route) => {
    served++;
    return route.fulfill({ path: data, contentType: 'application/json' });
  });
  await page.addInitScript(installProbes);
  await page.goto(base);
  await page.waitForSelector('[data-event-id], [role="alert"]', { timeout: 180_000 });
  if (!(await page.locator('[data-event-id]').count()))
    throw new Error(
      `the app did not show the synthetic data: ${await page.getByRole('alert').first().innerText()}`,
    );
  if (!served) throw new Error('the synthetic dataset was not served: the dataset URL changed?');
  await page.waitForFunction(() => window.__firstList, null, { timeout: 60_000 });
  const firstList = await page.evaluate(() => window.__firstList);
  /**
   * Between trials, the page at rest: an idle callback with no long task ended in the last 500 ms (20 s
   * at most). An idle callback alone can come between two pieces of the last input's follow-up work
   * (the timeline's), and the next trial then measured that work instead of its own input.
   */
  const idle = () =>
    page.evaluate(
      () =>
        new Promise((resolve) => {
          const until = performance.now() + 20_000;
          const check = () =>
            requestIdleCallback(
              () => {
                const lastEnd = Math.max(0, ...window.__longTasks.map(([s, d]) => s + d));
                if (performance.now() - lastEnd >= 500 || performance.now() > until) resolve();
                else setTimeout(check, 100);
              },
              { timeout: 15_000 },
            );
          setTimeout(check, 200);
        }),
    );
  await page.waitForSelector('[data-testid="timeline"] .vis-item', { timeout: 120_000 }).catch(() => {});
  await idle();
  const firstTimeline = await page.evaluate(() => window.__firstTimeline);

  /** One measured input: arm, act, collect. */
  const measure = async (type, act, what = 'list', expected = '') => {
    const pending = page.evaluate(
      ([t, w, e]) => (window.__pending = window.__arm(t, w, e)) && 0,
      [type, what, expected],
    );
    await pending;
    await act();
    const r = await page.evaluate(() => window.__pending);
    await idle();
    return r;
  };
  const results = {};
  const run = async (name, fn) => {
    if (!picked.includes(name.split(' ')[0])) return;
    const xs = [];
    for (let i = 0; i < trials; i++) xs.push(await fn(i));
    results[name] = xs;
    process.stderr.write(`  ${name}: done\n`);
  };

  /**
   * A click as a reader makes it: the control is already on screen and under the pointer (scrolled
   * to and hovered, and that frame painted) before the button goes down, and the button goes down
   * and up at that point (page.mouse), with no script of Playwright's in the page. locator.click()
   * would scroll, hover and check the hit target inside the measured input: its check listens to
   * the click itself and asks the page for the elements under the pointer (elementsFromPoint,
   * ~20 ms at 10,000 events with the CPU slowed 4x, seen in a CPU profile of the click).
   */
  const click = async (target) => {
    const centre = async () => {
      const box = await target.boundingBox();
      if (!box) throw new Error('a control to click has no box on screen');
      return [box.x + box.width / 2, box.y + box.height / 2];
    };
    const hit = ([px, py]) =>
      target.evaluate((el, [cx, cy]) => el.contains(document.elementFromPoint(cx, cy)), [px, py]);
    await target.scrollIntoViewIfNeeded();
    let point = await centre();
    // Scrolled to an edge, the control can be under a sticky bar or the open detail: then mid-window.
    if (!(await hit(point))) {
      await target.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
      point = await centre();
    }
    // The point must land on the control itself (checked here, before the measured input).
    if (!(await hit(point))) throw new Error('the point to click is covered by another element');
    const [x, y] = point;
    await page.mouse.move(x, y);
    await idle();
    return () => page.mouse.click(x, y);
  };

  const filters = page.getByRole('region', { name: /^(Filters|Filtros)$/ }).first();
  // Actor: the popover stays open while boxes are ticked; each trial ticks or unticks one box.
  const actorButton = page.getByRole('button', { name: /^(Actors|Actores):/ }).first();
  await actorButton.click();
  const boxes = page.locator(`#${await actorButton.getAttribute('aria-controls')} input[type="checkbox"]`);
  const nBoxes = Math.min(4, await boxes.count());
  await run('actor', async (i) => measure('click', await click(boxes.nth(Math.floor(i / 2) % nBoxes))));
  await page.keyboard.press('Escape');
  await idle();

  // Month: the "from" select moves through the months (each choice a new range).
  const from = page.getByLabel(/^(From|Desde)$/).first();
  const months = (await from.locator('option').evaluateAll((os) => os.map((o) => o.value))).filter(Boolean);
  await run('month', (i) =>
    measure('change', () => from.selectOption(months[(i * 3 + 1) % (months.length - 1)])),
  );
  await from.selectOption('');
  await idle();

  // Topic: each trial presses or releases one chip.
  const chips = page
    .getByRole('group', { name: /^(Topics|Temas)$/ })
    .first()
    .getByRole('button');
  await run('topic', async (i) => measure('click', await click(chips.nth(Math.floor(i / 2) % 4))));
  await idle();

  // Search: from an empty box, one digit narrows the list (synthetic titles are numbered).
  const box = filters.locator('input[type="search"]').first();
  await run('search keystroke', async (i) => {
    await box.fill('');
    await idle();
    return measure('keydown', () => box.press(String((i % 9) + 1)));
  });
  await box.fill('');
  await idle();

  // Choosing an event: its title in the list → the detail panel's heading.
  const titles = page.locator('#events-heading ~ * [data-event-id] h4 button');
  await run('select event', async (i) => {
    const title = titles.nth(i);
    const text = (await title.textContent()) ?? '';
    return measure('click', await click(title), 'detail', text);
  });

  let profile = null;
  if (flag('profile')) {
    await page.keyboard.press('Escape');
    await idle();
    await actorButton.click();
    await idle();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const r = await measure('click', () => boxes.nth(0).click());
    profile = { ...(await cdp.send('Profiler.stop')).profile, measured: r };
    // For Chrome DevTools' Performance panel (Load profile…).
    mkdirSync('.tmp', { recursive: true });
    writeFileSync('.tmp/bench-profile.cpuprofile', JSON.stringify(profile));
  }
  const counts = await page.getByTestId('result-counts').first().textContent();
  await browser.close();
  // Every trial, for a closer look (.tmp is not committed).
  mkdirSync('.tmp', { recursive: true });
  writeFileSync('.tmp/bench-trials.json', JSON.stringify(results));
  return { results, firstList, firstTimeline, counts, profile };
}

function printInteractions({ results, firstList, firstTimeline, counts }) {
  console.log(
    `\nInteractions · ${nEvents.toLocaleString('en')} events / ${nQuotes.toLocaleString('en')} quotes · CPU ${cpu}× slower · ${trials} trials each · ms`,
  );
  console.log(
    `(counts at the end: "${counts}"; navigation → first list painted: ${ms(firstList)} ms, → first timeline item: ${ms(firstTimeline)} ms)`,
  );
  const cols = [
    'interaction',
    'painted p50',
    'painted p95',
    'input paint p95',
    'quiet p50',
    'quiet p95',
    'quotes p95',
    'timeline p95',
  ];
  const at = (xs, key, q) =>
    ms(
      pct(
        xs.map((x) => x[key]),
        q,
      ),
    );
  const rows = Object.entries(results).map(([name, xs]) => [
    name,
    at(xs, 'painted', 50),
    at(xs, 'painted', 95),
    xs.some((x) => x.input) ? at(xs, 'input', 95) : 'n/a',
    at(xs, 'quiet', 50),
    at(xs, 'quiet', 95),
    at(xs, 'quotes', 95),
    at(xs, 'timeline', 95),
  ]);
  table(cols, rows);
  console.log(
    '  painted: input → the frame after the updated list (or the detail) is in the DOM; input paint: the\n' +
      "  input's own next paint (Event Timing; n/a for the month select, whose change Playwright dispatches\n" +
      '  from script); quiet: input → end of the last long task it caused (timeline, charts); quotes: input →\n' +
      "  the quote list's count changed (– when it did not); timeline: input → its last change (– when none).",
  );
}

// ——— 2. Lighthouse mobile, median of 3, bundled data ———

function lighthouseRuns(n = 3) {
  mkdirSync('.tmp', { recursive: true });
  const runs = [];
  for (let i = 0; i < n; i++) {
    const out = `.tmp/lighthouse-${port}-${i}.json`;
    const r = spawnSync(
      'node',
      [
        'node_modules/lighthouse/cli/index.js',
        base,
        '--quiet',
        '--only-categories=performance',
        '--output=json',
        `--output-path=${out}`,
        `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')} --disable-dev-shm-usage`,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: executablePath } },
    );
    if (r.status !== 0) throw new Error(`lighthouse exited with ${r.status}`);
    const lhr = JSON.parse(readFileSync(out, 'utf8'));
    const a = lhr.audits;
    const lcpEl = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
    runs.push({
      perf: lhr.categories.performance.score,
      fcp: a['first-contentful-paint'].numericValue,
      lcp: a['largest-contentful-paint'].numericValue,
      tbt: a['total-blocking-time'].numericValue,
      cls: a['cumulative-layout-shift'].numericValue,
      si: a['speed-index'].numericValue,
      lcpElement: lcpEl ? `${lcpEl.selector} "${(lcpEl.nodeLabel ?? '').slice(0, 60)}"` : '–',
    });
    process.stderr.write(`  lighthouse run ${i + 1}: ${runs[i].perf}\n`);
  }
  return runs;
}

function printLighthouse(runs) {
  const med = (k) =>
    pct(
      runs.map((r) => r[k]),
      50,
    );
  const byScore = [...runs].sort((a, b) => a.perf - b.perf)[Math.floor(runs.length / 2)];
  console.log(
    `\nLighthouse ${lighthouseVersion()} · mobile, default (simulated) throttling · bundled data · median of ${runs.length}`,
  );
  table(
    ['', 'perf', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'SI ms'],
    [
      ...runs.map((r, i) => [
        `run ${i + 1}`,
        r.perf.toFixed(2),
        ms(r.fcp),
        ms(r.lcp),
        ms(r.tbt),
        r.cls.toFixed(3),
        ms(r.si),
      ]),
      [
        'median',
        med('perf').toFixed(2),
        ms(med('fcp')),
        ms(med('lcp')),
        ms(med('tbt')),
        med('cls').toFixed(3),
        ms(med('si')),
      ],
    ],
  );
  console.log(`LCP element (median run): ${byScore.lcpElement}`);
}

function lighthouseVersion() {
  return JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
}

// ——— 3. The CPU profile of one actor click ———

function printProfile(profile) {
  const maps = new Map();
  const consumer = (url) => {
    const file = join(dist, new URL(url).pathname);
    if (!maps.has(file))
      maps.set(
        file,
        existsSync(`${file}.map`)
          ? new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')))
          : null,
      );
    return maps.get(file);
  };
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000),
  );
  const byFunction = new Map();
  const byPackage = new Map();
  let total = 0;
  for (const [id, t] of self) {
    const { functionName, url, lineNumber, columnNumber } = nodes.get(id).callFrame;
    if (functionName === '(idle)') continue;
    total += t;
    let name = functionName || '(anonymous)';
    let where = url ? url.replace(/^.*\//, '') : '';
    let pkg = url ? 'other script' : '(native, program, GC)';
    const c = url.startsWith(base) ? consumer(url) : null;
    if (c) {
      const o = c.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
      if (o.source) {
        const src = o.source.replace(/^(\.\.\/)+/, '');
        const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(src);
        pkg = m ? m[1] : 'app (src)';
        where = `${src.replace(/^.*node_modules\//, '')}:${o.line}`;
        if (o.name) name = o.name;
      }
    }
    const key = `${name}  ${where}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + t);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + t);
  }
  const top = (m, n) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(
    `\nCPU profile of one actor click at ${nEvents.toLocaleString('en')} events (CPU ${cpu}×): ${Math.round(total)} ms of main-thread work sampled` +
      ` (list painted at ${ms(profile.measured.painted)} ms, quiet at ${ms(profile.measured.quiet)} ms)`,
  );
  table(
    ['top functions by self time (source-mapped)', 'ms', '%'],
    top(byFunction, 5).map(([k, t]) => [k, ms(t), ((100 * t) / total).toFixed(0)]),
  );
  console.log('');
  table(
    ['by package', 'ms', '%'],
    top(byPackage, 8).map(([k, t]) => [k, ms(t), ((100 * t) / total).toFixed(0)]),
  );
}

try {
  if (only !== 'lighthouse') {
    const r = await interactions();
    printInteractions(r);
    if (r.profile) printProfile(r.profile);
  }
  if (only !== 'interactions') printLighthouse(lighthouseRuns(3));
  console.log(`\nload average at the end: ${load()}`);
} finally {
  stopServer();
}
