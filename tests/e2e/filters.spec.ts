import { expect, test } from '@playwright/test';
import {
  actorName,
  chooseActors,
  chooseMonths,
  counts,
  dataset,
  eventsSection,
  eventTitles,
  open,
  quotesSection,
  expectParam,
} from './helpers';
import { topicChip } from './helpers';

const inOct2025 = (d: string) => d.startsWith('2025-10');
const trumpEvents = dataset.events.filter(
  (e) => inOct2025(e.date) && [...e.actors, ...(e.targets ?? [])].includes('trump'),
);
const trumpQuotes = dataset.quotes.filter((q) => inOct2025(q.date) && q.speaker === 'trump');

test('filtering by actor and month shows only matching events and quotes, and the link carries it', async ({
  page,
}) => {
  await open(page);
  await expect(counts(page)).toContainText(`${dataset.events.length} of ${dataset.events.length} events`);

  await chooseActors(page, ['Donald Trump']);
  await chooseMonths(page, '2025-10', '2025-10');

  await expect(counts(page)).toHaveText(
    `${trumpEvents.length} of ${dataset.events.length} events · ${trumpQuotes.length} of ${dataset.quotes.length} quotes`,
  );
  await expectParam(page, 'actor', 'trump');
  await expectParam(page, 'month', '2025-10');

  // Every event shown is one of the expected ones, in date order.
  await expect(eventTitles(page)).toHaveText(trumpEvents.map((e) => e.title.en));
  for (const row of await eventsSection(page).locator('article').all()) {
    await expect(row).toContainText(actorName('trump'));
    await expect(row.locator('time').first()).toContainText('Oct 2025');
  }
  // Every quote shown is Trump's, from October 2025.
  const captions = quotesSection(page).locator('figcaption');
  await expect(captions).toHaveCount(trumpQuotes.length);
  for (const caption of await captions.all()) {
    await expect(caption).toContainText('Donald Trump');
    await expect(caption).toContainText('Oct 2025');
  }
});

test('reload keeps the view, a fresh browser opens the same view, Back undoes the last filter', async ({
  page,
  browser,
}) => {
  await open(page);
  await chooseActors(page, ['Gustavo Petro']);
  await topicChip(page, 'Visas').click();
  await expect(page).toHaveURL(/topic=visas/);
  const petroVisas = dataset.events.filter(
    (e) => e.topics.includes('visas') && [...e.actors, ...(e.targets ?? [])].includes('petro'),
  );
  await expect(counts(page)).toContainText(`${petroVisas.length} of ${dataset.events.length} events`);
  const shownCounts = await counts(page).textContent();
  const shownTitles = await eventTitles(page).allTextContents();
  expect(shownTitles.length).toBeGreaterThan(0);

  await page.reload();
  await expect(counts(page)).toHaveText(shownCounts!);
  await expect(eventTitles(page)).toHaveText(shownTitles);
  await expect(topicChip(page, 'Visas')).toHaveAttribute('aria-pressed', 'true');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(page.url());
  await expect(counts(other)).toHaveText(shownCounts!);
  await expect(eventTitles(other)).toHaveText(shownTitles);
  await fresh.close();

  await page.goBack();
  await expect(page).not.toHaveURL(/topic=/);
  await expect(page).toHaveURL(/actor=petro/);
  await expect(topicChip(page, 'Visas')).toHaveAttribute('aria-pressed', 'false');
  await page.goBack();
  await expect(page).not.toHaveURL(/actor=/);
  await expect(counts(page)).toContainText(`${dataset.events.length} of ${dataset.events.length} events`);
});

test('typing words narrows the list and replaces the history entry', async ({ page }) => {
  await open(page);
  const before = await page.evaluate(() => history.length);
  await page.getByLabel('Search words').fill('visa');
  await expect(page).toHaveURL(/q=visa/);
  // The list follows the words a moment after the address does.
  await expect(counts(page)).not.toContainText(`${dataset.events.length} of ${dataset.events.length} events`);
  const titles = await eventTitles(page).allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  expect(titles.length).toBeLessThan(dataset.events.length);
  expect(await page.evaluate(() => history.length)).toBe(before);

  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(page).not.toHaveURL(/q=/);
  await expect(eventTitles(page)).toHaveCount(dataset.events.length);
});

test('an empty result says which filters removed everything and offers to clear them', async ({ page }) => {
  await open(page, 'actor=trump&month=2025-03');
  await expect(quotesSection(page)).toContainText('No quotes from Donald Trump in March 2025.');
  await quotesSection(page).getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).not.toHaveURL(/actor=|month=/);
  await expect(counts(page)).toContainText(`${dataset.quotes.length} of ${dataset.quotes.length} quotes`);
});
