// A reader's whole journey: filter, hover a chart, pick an event from it, find every panel following,
// share the view, open the shared link elsewhere, and step back.
import { expect, test } from '@playwright/test';
import { chooseActors, chooseMonths, counts, dataset, open, search, expectParam } from './helpers';

test('filter → hover a chart → select from the chart → every panel follows → share → fresh browser → Back twice', async ({
  browser,
}) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await open(page);
  await chooseActors(page, ['Donald Trump']);
  await chooseMonths(page, '2025-10', '2025-10');
  await expect(page).toHaveURL(/actor=trump/);
  await expect(page).toHaveURL(/month=2025-10/);
  const events = dataset.events.filter(
    (e) => e.date.startsWith('2025-10') && [...e.actors, ...(e.targets ?? [])].includes('trump'),
  ).length;
  const quotes = dataset.quotes.filter((q) => q.date.startsWith('2025-10') && q.speaker === 'trump').length;
  const filtered = `${events} of ${dataset.events.length} events · ${quotes} of ${dataset.quotes.length} quotes`;
  await expect(counts(page)).toHaveText(filtered);

  // Hover the tension index: its month lists the events behind the point.
  const tension = page.getByTestId('chart-tension');
  await tension.locator('.recharts-bar-rectangle path, .recharts-bar-rectangle rect').first().hover();
  const month = tension.getByTestId('tension-month');
  const pick = month.getByRole('button', { name: /^Show the event/ }).first();
  await expect(pick).toBeVisible();
  await pick.click();

  // The link carries the event; the detail panel, the timeline, the charts and the quotes follow.
  await expect.poll(() => search(page).get('event')).toBeTruthy();
  const id = search(page).get('event')!;
  const event = dataset.events.find((e) => e.id === id)!;
  expect(event.date.startsWith('2025-10')).toBe(true);
  await expect(page.getByTestId('event-detail').getByRole('heading', { level: 2 })).toHaveText(
    event.title.en,
  );
  await expect(page.getByTestId('timeline').locator('.vis-selected .tl-label')).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByTestId('timeline').locator('.vis-selected .tl-label')).toHaveId(`tl-item-${id}`);
  await expect(page.getByTestId('chart-tension').locator('.selected-event')).not.toHaveCount(0);
  const ownQuotes = dataset.quotes.filter((q) => q.event === id && q.speaker === 'trump');
  if (ownQuotes.length > 0) {
    const firstQuote = page.getByRole('region', { name: 'Quotes' }).locator('[data-quote-id]').first();
    await expect(firstQuote).toHaveAttribute('data-quote-id', ownQuotes[0]!.id);
  }
  await expect(counts(page)).toHaveText(filtered);

  // Share, and open the link in a fresh browser.
  await page.getByTestId('event-detail').getByRole('button', { name: 'Close' }).focus();
  // The open detail panel starts below the header: Share is clicked like any button.
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(counts(other)).toHaveText(filtered);
  await expect(other.getByTestId('event-detail').getByRole('heading', { level: 2 })).toHaveText(
    event.title.en,
  );
  await expect(other.getByTestId('timeline').locator('.vis-selected .tl-label')).toHaveId(`tl-item-${id}`);
  await fresh.close();

  // Back twice: first the selection goes, then the month filter.
  await page.goBack();
  await expect(page.getByTestId('event-detail')).toBeHidden();
  await expectParam(page, 'event', null);
  await expectParam(page, 'month', '2025-10');
  await page.goBack();
  await expect.poll(() => search(page).get('month')).not.toBe('2025-10');
  await expectParam(page, 'actor', 'trump');
  await context.close();
});
