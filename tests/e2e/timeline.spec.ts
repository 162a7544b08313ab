import { expect, test, type Page } from '@playwright/test';
import { chooseActors, dataset, eventsSection, open, search, expectParam } from './helpers';

const timeline = (page: Page) => page.getByTestId('timeline');
const item = (page: Page, id: string) => page.locator(`[id="tl-item-${id}"]`);
const selected = (page: Page) => timeline(page).locator('.vis-selected .tl-label');
const span = (w: string | null) => {
  const [a, b] = w!.split('..');
  return Date.parse(b!) - Date.parse(a!);
};
const sanctions = dataset.events.find((e) => e.id.includes('ofac-sanctions'))!;
const standoff = dataset.events.find((e) => e.id.startsWith('2025-01-26'))!;

async function openTimeline(page: Page, query = '') {
  await open(page, query);
  await expect(timeline(page).getByRole('option').first()).toBeAttached();
}

test('zoom buttons change the window and the link, replacing history', async ({ page }) => {
  await openTimeline(page);
  const before = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/window=/);
  const zoomedIn = span(search(page).get('window'));
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => span(search(page).get('window'))).toBeGreaterThan(zoomedIn);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('clicking an item opens its detail and puts the event in the link; reload and a fresh browser keep both', async ({
  page,
  browser,
}) => {
  await openTimeline(page);
  await item(page, sanctions.id).click();
  await expect(page.getByTestId('event-detail').getByRole('heading', { level: 2 })).toHaveText(
    sanctions.title.en,
  );
  await expectParam(page, 'event', sanctions.id);
  await expect(selected(page)).toContainText(sanctions.title.en.slice(0, 20));

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/window=/);
  const link = page.url();

  await page.reload();
  await expect(item(page, sanctions.id)).toBeVisible();
  await expect(selected(page)).toContainText(sanctions.title.en.slice(0, 20));
  await expect(page).toHaveURL(link);

  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByTestId('event-detail').getByRole('heading', { level: 2 })).toHaveText(
    sanctions.title.en,
  );
  await expect(selected(other)).toBeVisible();
  expect(other.url()).toBe(link);
  await context.close();

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('event-detail')).toBeHidden();
  await expect(selected(page)).toHaveCount(0);
});

test('the actor filter changes which items show', async ({ page }) => {
  await openTimeline(page);
  await expect(timeline(page).getByRole('option')).toHaveCount(dataset.events.length);
  await chooseActors(page, ['Xi Jinping']);
  const xi = dataset.events.filter((e) => [...e.actors, ...(e.targets ?? [])].includes('xi'));
  await expect(timeline(page).getByRole('option')).toHaveCount(xi.length);
  for (const e of xi) await expect(item(page, e.id)).toBeAttached();
});

test('a month filter with no window fits the month', async ({ page }) => {
  await openTimeline(page, 'month=2025-10');
  await expect(item(page, sanctions.id)).toBeVisible();
  await expect(item(page, standoff.id)).not.toBeAttached();
});

test('a link with an event moves the timeline to show it', async ({ page }) => {
  await openTimeline(page, `window=2025-01-01..2025-02-15&event=${sanctions.id}`);
  await expect(item(page, sanctions.id)).toBeVisible();
  await expect.poll(() => search(page).get('window')).not.toBe('2025-01-01..2025-02-15');
});

test('selecting an event outside the shown stretch writes the event and the window that shows it in one history entry; one Back returns to the unselected address', async ({
  page,
}) => {
  await openTimeline(page, 'window=2025-01-24..2025-02-02');
  await expect(page).toHaveURL(/\?window=2025-01-24\.\.2025-02-02$/);
  const unselected = page.url();
  const before = await page.evaluate(() => history.length);
  await eventsSection(page).getByRole('button', { name: sanctions.title.en, exact: true }).click();
  await expectParam(page, 'event', sanctions.id);
  // The same write moved the window (zoom kept) to show the event.
  await expect(page).toHaveURL(
    (url) =>
      url.searchParams.get('event') === sanctions.id &&
      url.searchParams.get('window') !== '2025-01-24..2025-02-02',
  );
  expect(span(search(page).get('window'))).toBe(span('2025-01-24..2025-02-02'));
  await expect(item(page, sanctions.id)).toBeVisible();
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await page.goBack();
  await expect(page).toHaveURL(unselected);
  await expect(page.getByTestId('event-detail')).toBeHidden();
});

test('keyboard only: Tab into the timeline, arrows to an event, Enter opens it', async ({ page }) => {
  await openTimeline(page);
  await page.getByRole('button', { name: 'By topic' }).first().focus();
  await page.keyboard.press('Tab');
  await expect(timeline(page)).toBeFocused();
  // Focus lands on the first event; one arrow moves to the next.
  await expect(timeline(page)).toHaveAttribute('aria-activedescendant', `tl-item-${dataset.events[0]!.id}`);
  await page.keyboard.press('ArrowRight');
  const second = dataset.events[1]!;
  await expect(timeline(page)).toHaveAttribute('aria-activedescendant', `tl-item-${second.id}`);
  await expect(item(page, second.id)).toHaveAttribute(
    'aria-label',
    new RegExp(second.title.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('event-detail').getByRole('heading', { level: 2 })).toHaveText(
    second.title.en,
  );
  await expectParam(page, 'event', second.id);
});

test('lanes switch from sides to topics', async ({ page }) => {
  await openTimeline(page);
  await expect(timeline(page).locator('.vis-label')).toContainText(['United States', 'Colombia']);
  await page.getByRole('button', { name: 'By topic' }).first().click();
  await expect(timeline(page).locator('.vis-label').first()).toHaveText('Migration and deportations');
});

test('a link with a window opens showing that stretch, and keeps it after reload', async ({ page }) => {
  await openTimeline(page, 'window=2025-01-24..2025-02-02');
  await expect(
    timeline(page)
      .locator('.vis-time-axis .vis-minor')
      .filter({ hasText: /^Sun 26$/ }),
  ).toBeVisible();
  await expect(item(page, standoff.id)).toBeVisible();
  await expect(item(page, sanctions.id)).not.toBeAttached();
  await page.reload();
  await expect(
    timeline(page)
      .locator('.vis-time-axis .vis-minor')
      .filter({ hasText: /^Sun 26$/ }),
  ).toBeVisible();
  await expectParam(page, 'window', '2025-01-24..2025-02-02');
});
