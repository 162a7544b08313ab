import { expect, test } from '@playwright/test';
import { counts, dataset, eventsSection, open, expectParam } from './helpers';
import { topicChip } from './helpers';

test('selecting an event opens its detail with its sources; Escape closes it', async ({ page }) => {
  await open(page);
  const withQuotes = dataset.events.find((e) => dataset.quotes.some((q) => q.event === e.id))!;
  await eventsSection(page).getByRole('button', { name: withQuotes.title.en, exact: true }).click();

  const detail = page.getByTestId('event-detail');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(withQuotes.title.en);
  await expectParam(page, 'event', withQuotes.id);
  await expect(detail.getByRole('heading', { name: 'Sources' })).toBeVisible();
  expect(await detail.locator('a[href^="http"]').count()).toBeGreaterThan(0);
  await expect(detail.getByRole('heading', { name: /Quote/ })).toBeVisible();
  await expect(detail.locator('blockquote').first()).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  await expectParam(page, 'event', null);
  await expect(
    eventsSection(page).getByRole('button', { name: withQuotes.title.en, exact: true }),
  ).toBeFocused();
});

test('a link with an event opens its detail; Close closes it, and Back opens it again', async ({ page }) => {
  const event = dataset.events[5]!;
  await open(page);
  await open(page, `event=${event.id}`);
  await expect(page.getByTestId('event-detail').getByRole('heading', { level: 2 })).toHaveText(
    event.title.en,
  );
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('event-detail')).toBeHidden();
  await page.goBack();
  await expect(page.getByTestId('event-detail')).toBeVisible();
});

test('the keyboard alone can filter and open an event', async ({ page }) => {
  await open(page);
  await topicChip(page, 'Visas').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/topic=visas/);
  await expect(counts(page)).not.toContainText(`${dataset.events.length} of ${dataset.events.length} events`);
  const first = eventsSection(page).locator('h4 button').first();
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('event-detail')).toBeVisible();
  await expect(page.getByTestId('event-detail').getByRole('heading', { level: 2 })).toBeFocused();
});
