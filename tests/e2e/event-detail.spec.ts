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

test('on a desktop the open detail leaves the header and section bar usable, and Close stays in view', async ({
  page,
}) => {
  await open(page, `event=${dataset.events[1]!.id}`);
  const detail = page.getByTestId('event-detail');
  await expect(detail).toBeVisible();
  /** Whether a click at the middle of the control lands on it (not on the panel over it). */
  const onTop = (name: string | RegExp, role: 'button' | 'link' = 'button') =>
    page
      .getByRole(role, { name, exact: typeof name === 'string' })
      .first()
      .evaluate((el) => {
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
      });
  const close = detail.getByRole('button', { name: /^Close/ });
  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (const scrolled of [0, 2500]) {
    await page.evaluate((y) => window.scrollTo(0, y), scrolled);
    if (scrolled === 0) {
      expect(await onTop('Share'), 'Share is not under the panel').toBe(true);
      expect(await onTop(/^EN\b/), 'the language is not under the panel').toBe(true);
    }
    for (const link of ['Timeline', 'Charts', 'Quotes', 'About'])
      expect(await onTop(link, 'link'), `${link} is not under the panel`).toBe(true);
    await expect(close).toBeInViewport();
    // The panel starts where the section bar ends (the panel follows the page's scroll in a frame).
    await expect
      .poll(async () => {
        const [panelTop, barBottom] = await Promise.all([
          detail.evaluate((el) => Math.round(el.getBoundingClientRect().top)),
          nav.evaluate((el) => Math.round(el.getBoundingClientRect().bottom)),
        ]);
        return panelTop - barBottom;
      })
      .toBe(0);
    expect(await onTop(/^Close/), 'Close is on top').toBe(true);
  }
});

test("moving to the next event in the open detail shows that event's own sources and quotes, not the last one's", async ({
  page,
}) => {
  const data = dataset as typeof dataset & {
    events: { id: string; citations: { source: string }[] }[];
    sources: { id: string; url?: string }[];
  };
  const urlsOf = (i: number) =>
    data.events[i]!.citations.map((c) => data.sources.find((s) => s.id === c.source)?.url).filter(Boolean);
  // Two events in a row whose cited links differ, so a stale list would show.
  const at = data.events.findIndex(
    (_, i) => i + 1 < data.events.length && urlsOf(i).length && urlsOf(i + 1).join() !== urlsOf(i).join(),
  );
  const [first, second] = [data.events[at]!, data.events[at + 1]!];
  await open(page, `event=${first.id}`);
  const detail = page.getByTestId('event-detail');
  await expect(detail.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await detail.getByRole('button', { name: /Next/ }).click();
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(second.title.en);
  await expect(detail.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(detail.getByRole('heading', { name: /^Quotes? from this event/ })).toBeVisible();
  const shown = await detail
    .locator('a[href^="http"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const url of urlsOf(at + 1)) expect(shown).toContain(url);
  for (const url of urlsOf(at).filter((u) => !urlsOf(at + 1).includes(u))) expect(shown).not.toContain(url);
});
