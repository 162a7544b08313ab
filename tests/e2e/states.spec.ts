import { expect, test } from '@playwright/test';
import { dataset, open } from './helpers';

test('a dataset that fails to load shows the error and a Retry that recovers', async ({ page }) => {
  let fail = true;
  await page.route(/dataset-[^/]*\.json$/, (route) =>
    fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue(),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The story could not be loaded');
  await expect(alert).toContainText('HTTP 503');
  fail = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('result-counts')).toContainText(
    `${dataset.events.length} of ${dataset.events.length} events`,
  );
});

test('a broken dataset lists its problems with their paths', async ({ page }) => {
  const broken = structuredClone(dataset) as typeof dataset;
  broken.events[3]!.actors[0] = 'trumpp';
  await page.route(/dataset-[^/]*\.json$/, (route) => route.fulfill({ json: broken }));
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset has 1 problem');
  await expect(alert).toContainText('events[3].actors[0]: unknown actor "trumpp"');
});

test('dataset text is shown as text, never run as HTML', async ({ page }) => {
  const hostile = structuredClone(dataset) as typeof dataset;
  hostile.events[0]!.title.en = '<img src=x onerror="document.title=\'pwned\'">';
  await page.route(/dataset-[^/]*\.json$/, (route) => route.fulfill({ json: hostile }));
  await open(page);
  await expect(page.getByRole('button', { name: hostile.events[0]!.title.en })).toBeVisible();
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');
});

test('the page fits a 375-pixel phone without sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await open(page, 'event=' + dataset.events[1]!.id);
  await expect(page.getByTestId('event-detail')).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});
