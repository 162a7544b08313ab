/**
 * The charts keep their place: until they are drawn (far below the story on a phone, and while their code
 * loads), their placeholder holds the height they take once drawn, so the ledger below them does not move
 * when they arrive. Read in every frame from the page's start, as a reader would see it.
 */
import { expect, test } from '@playwright/test';
import { open } from './helpers';

type Place = { drawn: boolean; gap: number };

for (const { width, height, query } of [
  { width: 1280, height: 900, query: 'actor=trump&topic=tariffs' },
  { width: 1024, height: 768, query: '' },
  { width: 768, height: 1024, query: 'month=2025-10' },
  { width: 390, height: 844, query: 'lang=es' },
])
  test(`at ${width} px${query ? ` with ${query}` : ''}, the ledger heading does not move when the charts are drawn`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width, height },
      ...(width < 640 ? { hasTouch: true, isMobile: true } : {}),
    });
    const page = await context.newPage();
    // In each frame: how far below the top of the charts' place the ledger's heading stands, and whether
    // a chart is drawn yet.
    await page.addInitScript(() => {
      const w = window as unknown as { __places: Place[] };
      w.__places = [];
      const look = () => {
        const charts = document.getElementById('charts');
        const ledger = document.getElementById('ledger-heading');
        if (charts && ledger)
          w.__places.push({
            drawn: charts.querySelector('svg.recharts-surface') !== null,
            gap: Math.round(ledger.getBoundingClientRect().top - charts.getBoundingClientRect().top),
          });
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await open(page, query);
    // A reader scrolling down brings the charts near (a phone draws them only then).
    await page.locator('#charts').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('chart-tension').locator('svg.recharts-surface').first()).toBeVisible();
    await expect(page.getByTestId('chart-tariffs').locator('svg.recharts-surface').first()).toBeVisible();
    // A few frames with the charts drawn.
    await expect
      .poll(() =>
        page.evaluate(
          () => (window as unknown as { __places: Place[] }).__places.filter((p) => p.drawn).length,
        ),
      )
      .toBeGreaterThan(5);
    const places = await page.evaluate(() => (window as unknown as { __places: Place[] }).__places);
    // The placeholder was seen, then the charts: the ledger stood at one distance below them throughout.
    expect(places.some((p) => !p.drawn)).toBe(true);
    const gaps = [...new Set(places.map((p) => p.gap))];
    expect(gaps, 'the ledger heading’s distance below the charts’ top, in every frame').toHaveLength(1);
    await context.close();
  });
