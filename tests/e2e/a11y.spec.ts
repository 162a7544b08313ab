/**
 * axe-core (WCAG 2.2 A and AA, and best practices) over every state a reader can reach:
 * each must report no violation. The failure message lists each violation and its element.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { dataset, open } from './helpers';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

async function phonePage(browser: Browser, options: object = {}) {
  const context = await browser.newContext({ ...PHONE, ...options });
  return { context, page: await context.newPage() };
}

const card = (page: Page, id: string) => page.getByTestId(`chart-${id}`);
const eventId = dataset.events[1]!.id;

// axe walks a large page; on a loaded two-core machine one pass can take over a minute.
test.describe.configure({ timeout: 240_000 });

test.describe('axe reports no violation', () => {
  for (const lang of ['en', 'es'] as const) {
    test(`home, ${lang}, 1280 px`, async ({ page }) => {
      await open(page, lang === 'es' ? 'lang=es' : '');
      await expectNoAxeViolations(page);
    });

    test(`home, ${lang}, 390 px phone`, async ({ browser }) => {
      const { context, page } = await phonePage(browser);
      await open(page, lang === 'es' ? 'lang=es' : '');
      await expectNoAxeViolations(page);
      await context.close();
    });
  }

  test('filtered by actor and month', async ({ page }) => {
    await open(page, 'actor=trump&month=2025-10&topic=tariffs');
    await expectNoAxeViolations(page);
  });

  test('the actor menu open', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: /^Actors:/ }).click();
    await expect(page.getByRole('checkbox').first()).toBeVisible();
    await expectNoAxeViolations(page, ['[aria-label="Filters"]']);
  });

  test('phone, 320 px, filters open', async ({ browser }) => {
    const { context, page } = await phonePage(browser, { viewport: { width: 320, height: 700 } });
    await open(page);
    await page.getByRole('button', { name: /^Filters/ }).click();
    await expect(page.getByLabel('From', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await context.close();
  });

  test('no sideways scroll at 320 px with the filters open, nor at 200% zoom (640 CSS px)', async ({
    browser,
  }) => {
    for (const width of [320, 640]) {
      const { context, page } = await phonePage(browser, { viewport: { width, height: 700 } });
      await open(page);
      const filters = page.getByRole('button', { name: /^Filters/ });
      if (await filters.isVisible()) await filters.click();
      await expect(page.getByLabel('From', { exact: true })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `sideways scroll at ${width} px`).toBeLessThanOrEqual(0);
      await context.close();
    }
  });

  test('key moments stepped to the third', async ({ page }) => {
    await open(page);
    const next = page.getByRole('button', { name: 'Next key moment' });
    await next.click();
    await next.click();
    await expect(page.getByRole('group', { name: /^Key moment 3 of/ })).toBeVisible();
    await expectNoAxeViolations(page, ['#story']);
  });

  test('phone chronology and About, Spanish', async ({ browser }) => {
    const { context, page } = await phonePage(browser);
    await open(page, 'lang=es');
    await expectNoAxeViolations(page, ['#timeline', '#about']);
    await context.close();
  });

  test('event detail, desktop', async ({ page }) => {
    await open(page, `event=${eventId}`);
    await expect(page.getByTestId('event-detail')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('event detail, phone', async ({ browser }) => {
    const { context, page } = await phonePage(browser);
    await open(page, `event=${eventId}`);
    await expect(page.getByTestId('event-detail')).toBeVisible();
    await expectNoAxeViolations(page);
    await context.close();
  });

  test('charts with every table open', async ({ page }) => {
    await open(page);
    for (const id of ['tension', 'tariffs', 'flights', 'aid']) {
      await card(page, id).getByRole('button', { name: 'Table', exact: true }).click();
      await expect(card(page, id).getByRole('table')).toBeVisible();
    }
    await expectNoAxeViolations(page, ['[data-testid^="chart-"]']);
  });

  test('a chart tooltip shown by the keyboard', async ({ page }) => {
    await open(page);
    await card(page, 'flights').locator('.recharts-surface').first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(card(page, 'flights').getByTestId('chart-tooltip')).toBeVisible();
    await expectNoAxeViolations(page, ['[data-testid="chart-flights"]']);
  });

  test('the Download menu open', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    await expect(page.getByRole('button', { name: /^Events shown/ })).toBeVisible();
    await expectNoAxeViolations(page, ['[aria-label="Filters"]']);
  });

  test('Share: the link copied', async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await open(page);
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    await expectNoAxeViolations(page, ['header']);
    await context.close();
  });

  test('Share: the copy-by-hand panel when the clipboard refuses', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('refused')) },
      });
    });
    await open(page);
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('textbox', { name: /copy/i })).toBeVisible();
    await expectNoAxeViolations(page, ['header']);
  });

  test('the Embed dialog', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Embed' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page, ['header', '[role="dialog"]']);
  });

  test('embed mode', async ({ page }) => {
    await open(page, 'embed=1&actor=petro');
    await expectNoAxeViolations(page);
  });

  test('a bad link and its notice', async ({ page }) => {
    await open(page, 'month=2025-13&actor=nobody');
    await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the error view (the dataset did not load)', async ({ page }) => {
    await page.route(/dataset-[^/]*\.json$/, (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('could not be loaded');
    await expectNoAxeViolations(page);
  });

  test('the error view (a broken dataset)', async ({ page }) => {
    const broken = structuredClone(dataset) as typeof dataset;
    broken.events[3]!.actors[0] = 'trumpp';
    await page.route(/dataset-[^/]*\.json$/, (route) => route.fulfill({ json: broken }));
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('problem');
    await expectNoAxeViolations(page);
  });
});
