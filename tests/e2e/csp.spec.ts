import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { open } from './helpers';

/** Collects every report of the page's content security policy: the DOM event and the console line. */
async function watchPolicy(page: Page) {
  const violations: string[] = [];
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return async () => [
    ...violations,
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
  ];
}

const CHARTS = ['Tariffs', 'Deportation flights', 'US aid to Colombia', 'Tension index'];

test('the built page carries a strict content security policy', async ({ page }) => {
  await open(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('every panel loads, draws and downloads under the policy with no violation', async ({ page }) => {
  const reported = await watchPolicy(page);
  await open(page, 'month=2025-01..2026-02');
  await expect(page.getByTestId('timeline').locator('.vis-item').first()).toBeVisible();
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
  // Hover a chart (tooltips are positioned with inline styles) and open an event's detail.
  await page.locator('.recharts-surface').first().hover();
  await page.getByRole('region', { name: 'Events' }).locator('h4 button').first().click();
  await expect(page.getByTestId('event-detail')).toBeVisible();
  await page.keyboard.press('Escape');
  // Each chart's PNG (an SVG data URL drawn on a canvas) and SVG download.
  for (const title of CHARTS)
    for (const format of ['PNG', 'SVG']) {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: `Download the chart “${title}” as ${format}` }).click(),
      ]);
      expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
      const bytes = readFileSync((await file.path())!);
      // A real image: the PNG signature, or an SVG document; more than a frame with no plot.
      if (format === 'PNG') expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      else expect(bytes.toString()).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(bytes.length).toBeGreaterThan(5_000);
    }
  // The CSV download (Papa Parse's chunk) and the Spanish page.
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Events shown/ }).click(),
  ]);
  await page.getByRole('button', { name: /Español/ }).click();
  await expect(page.getByRole('heading', { name: 'Citas' })).toBeVisible();
  expect(await reported()).toEqual([]);
});
