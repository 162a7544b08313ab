// On a phone the timeline is a vertical chronology: a date rail grouped by month, the same marks,
// selection and link behaviour, and no horizontal strip.
import { expect, test, type Page } from '@playwright/test';
import { dataset, open, search } from './helpers';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const chronology = (page: Page) => page.getByTestId('timeline-chronology');
const row = (page: Page, id: string) => page.locator(`[id="tl-row-${id}"]`);
const sanctions = dataset.events.find((e) => e.id.includes('ofac-sanctions'))!;

test('a phone gets the vertical chronology grouped by month, not the horizontal timeline', async ({
  page,
}) => {
  await open(page);
  await expect(chronology(page)).toBeVisible();
  await expect(page.getByTestId('timeline')).toHaveCount(0);
  await expect(chronology(page).getByRole('heading', { name: 'January 2025' })).toBeVisible();
  await expect(chronology(page).locator('li[data-event-id]')).toHaveCount(dataset.events.length);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('tapping an event opens its detail and puts it in the link; Escape returns to it', async ({ page }) => {
  await open(page);
  await row(page, sanctions.id).click();
  await expect(page.getByTestId('event-detail').getByRole('heading', { level: 2 })).toHaveText(
    sanctions.title.en,
  );
  await expect(page).toHaveURL(new RegExp(`event=${sanctions.id}`));
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('event-detail')).toBeHidden();
  await expect(row(page, sanctions.id)).toBeFocused();
  await expect(row(page, sanctions.id)).toHaveAttribute('aria-pressed', 'false');
});

test('a link with a window shows that stretch, and offers the rest', async ({ page }) => {
  await open(page, 'window=2025-01-24..2025-02-02');
  const standoff = dataset.events.find((e) => e.id.startsWith('2025-01-26'))!;
  await expect(row(page, standoff.id)).toBeVisible();
  await expect(row(page, sanctions.id)).toHaveCount(0);
  await chronology(page)
    .getByRole('button', { name: /^Show \d+ later events$/ })
    .click();
  await expect(row(page, sanctions.id)).toBeVisible();
  expect(search(page).get('window')).toBeNull();
});

test('a link with an event marks it as selected in the chronology', async ({ page }) => {
  await open(page, `event=${sanctions.id}&lang=es`);
  await expect(row(page, sanctions.id)).toHaveAttribute('aria-pressed', 'true');
  await expect(chronology(page).getByRole('heading', { name: 'octubre de 2025' })).toBeVisible();
});
