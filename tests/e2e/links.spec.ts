import { expect, test } from '@playwright/test';
import { counts, dataset, eventsSection, open, quotesSection } from './helpers';

test('a bad link shows a notice, a clean address and the full story', async ({ page }) => {
  await open(page, 'month=2025-13&actor=nobody');
  const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
  await expect(notice).toContainText('month “2025-13”');
  await expect(notice).toContainText('actor “nobody”');
  await expect(page).toHaveURL(/\/$/);
  await expect(counts(page)).toContainText(
    `${dataset.events.length} of ${dataset.events.length} events · ${dataset.quotes.length} of ${dataset.quotes.length} quotes`,
  );
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
});

test('a link keeps its valid parts when some are bad', async ({ page }) => {
  await open(page, 'actor=trump,nobody&index=nope&utm_source=newsletter');
  await expect(page).toHaveURL(/\?actor=trump&utm_source=newsletter$/);
  await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toContainText(
    'index “nope”',
  );
});

test('link text is shown as text, never run as HTML', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  const payload = '<img src=x onerror=alert(1)>';
  await open(page, `q=${encodeURIComponent(payload)}`);
  await expect(quotesSection(page)).toContainText(`matching “${payload}”`);
  await expect(eventsSection(page).locator('img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('?lang=es shows the Spanish interface and Spanish data', async ({ page }) => {
  await open(page, 'lang=es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { name: 'Hechos', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Compartir' })).toBeVisible();
  await expect(counts(page)).toContainText(`de ${dataset.events.length} hechos`);
  const first = dataset.events[0]!;
  await expect(eventsSection(page).locator('h4 button').first()).toHaveText(first.title.es);

  await page.getByRole('button', { name: /English/ }).click();
  await expect(page).not.toHaveURL(/lang=/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(eventsSection(page).locator('h4 button').first()).toHaveText(first.title.en);
  await page.goBack();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('a Spanish browser opens in Spanish', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-CO' });
  const page = await context.newPage();
  await open(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { name: 'Citas' })).toBeVisible();
  await context.close();
});

test('Share copies the link of the current view and says so', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await open(page, 'topic=visas&actor=trump,petro');
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).search).toBe('?actor=petro,trump&topic=visas');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(copied);
  await expect(counts(other)).toHaveText((await counts(page).textContent())!);
  await fresh.close();
  await context.close();
});
