// Reading the timeline as a reader does: the page scrolls through it, labels are whole, the
// keyboard keeps its place.
import { expect, test, type Page } from '@playwright/test';
import { dataset, open, quotesSection, search } from './helpers';
import { eventKind } from '../../src/data/event-kind';
import { KIND_MARK } from '../../src/components/ui/kind-mark';

const timeline = (page: Page) => page.getByTestId('timeline');
const item = (page: Page, id: string) => page.locator(`[id="tl-item-${id}"]`);
const keyMoment = dataset.events.find((e) => e.id.includes('ofac-sanctions'))!;
const events = dataset.events as ((typeof dataset.events)[number] & {
  keyMoment?: boolean;
  datePrecision: string;
  cameo: string;
})[];
/** A label as drawn: the mark of the event's kind of move, then its words. */
const drawn = (e: { id: string }, words: string) =>
  `${KIND_MARK[eventKind(events.find((x) => x.id === e.id)!.cameo)]}${words}`;
const plain = events.find((e) => !e.keyMoment && e.date.startsWith('2025-10'))!;

async function openTimeline(page: Page, query = '') {
  await open(page, query);
  await expect(timeline(page).locator('.vis-timeline')).toBeVisible();
  await expect(timeline(page).getByRole('option').first()).toBeAttached();
  // The story comes first: bring the timeline on screen, as a reader scrolling down would (the
  // timeline's lane buttons come before the ledger's order buttons of the same names).
  await timeline(page).locator('.vis-timeline').scrollIntoViewIfNeeded();
}

/** Every label or axis date a reader can see, with the box it is drawn in and the panel's edges. */
const cutTexts = (page: Page) =>
  timeline(page).evaluate((root) => {
    const panel = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const range = document.createRange();
    const cut: string[] = [];
    for (const el of root.querySelectorAll<HTMLElement>('.vis-item .tl-label, .vis-time-axis .vis-text')) {
      const style = getComputedStyle(el);
      // Text a reader cannot see (hidden or transparent, as labels the edge would cut are) is not drawn.
      if (!el.textContent?.trim() || style.visibility === 'hidden' || style.color === 'rgba(0, 0, 0, 0)')
        continue;
      range.selectNodeContents(el);
      const box = range.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.left < panel.left - 0.5 || box.right > panel.right + 0.5) cut.push(el.textContent);
    }
    return cut;
  });

test('a plain wheel over the timeline scrolls the page past it and says how to zoom', async ({ page }) => {
  await openTimeline(page);
  const box = (await timeline(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 60);
  const start = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 200);
  // The hint shows for a moment after a plain wheel over the timeline.
  // One assertion: the hint is on screen for 1.5 s only.
  await expect(page.getByTestId('wheel-hint').filter({ hasText: 'Use Ctrl + scroll to zoom' })).toBeVisible();
  for (let i = 0; i < 2; i++) await page.mouse.wheel(0, 200);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(start + 300);
  expect(search(page).get('window')).toBeNull();
});

test('Ctrl + wheel over the timeline zooms it (and the link follows)', async ({ page }) => {
  await openTimeline(page);
  const box = (await timeline(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 120);
  const start = await page.evaluate(() => window.scrollY);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect(page).toHaveURL(/window=/);
  expect(await page.evaluate(() => window.scrollY)).toBe(start);
});

test('both lanes and all their items show without an inner scroll at the default zoom', async ({ page }) => {
  await openTimeline(page);
  await expect(timeline(page).locator('.vis-label')).toContainText(['United States', 'Colombia']);
  const hidden = await timeline(page).evaluate((root) => {
    const center = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    return [...root.querySelectorAll('.vis-item')]
      .map((el) => el.getBoundingClientRect())
      .filter((b) => b.top < center.top - 1 || b.bottom > center.bottom + 1).length;
  });
  expect(hidden).toBe(0);
});

for (const [name, query] of [
  ['the whole story', ''],
  ['a zoomed-in window', 'window=2025-09-01..2025-10-20'],
  ['a window that starts mid-label', 'window=2025-01-27..2025-02-20'],
  ['Spanish, zoomed in', 'window=2025-10-05..2025-11-10&lang=es'],
])
  test(`no visible label or axis date is cut at the timeline's edges: ${name}`, async ({ page }) => {
    await openTimeline(page, query);
    await expect(timeline(page).locator('.tl-label:not(:empty)').first()).toBeVisible();
    await expect.poll(() => cutTexts(page)).toEqual([]);
    // Axis dates stay at their own places (none piled on another).
    const lefts = await timeline(page)
      .locator('.vis-time-axis .vis-text.vis-minor')
      .evaluateAll((els) =>
        els
          .filter((el) => !el.classList.contains('vis-measure') && el.textContent?.trim())
          .map((el) => Math.round(el.getBoundingClientRect().left)),
      );
    expect(new Set(lefts).size).toBe(lefts.length);
    // After zooming with the buttons too.
    await page.getByRole('button', { name: /^(Zoom in|Acercar)$/ }).click();
    await expect.poll(() => cutTexts(page)).toEqual([]);
  });

test('the whole story labels its key moments and marks the rest; zooming in labels them', async ({
  page,
}) => {
  await openTimeline(page);
  await expect(item(page, keyMoment.id)).toHaveText(drawn(keyMoment, keyMoment.title.en));
  await expect(item(page, plain.id)).toHaveText('');
  await expect(item(page, plain.id)).toHaveAttribute('aria-label', new RegExp(plain.title.en.slice(0, 20)));
  await openTimeline(page, 'month=2025-10');
  await expect(item(page, plain.id)).toHaveText(drawn(plain, plain.title.en));
});

test('an approximate date keeps its ≈ and its whole label', async ({ page }) => {
  const approx = events.filter(
    (e) => e.datePrecision !== 'day' && e.date >= '2025-09-01' && e.date < '2025-11-01',
  );
  expect(approx.length).toBeGreaterThan(0);
  await openTimeline(page, 'window=2025-09-01..2025-11-01');
  for (const e of approx) {
    const label = item(page, e.id);
    await expect(label).toHaveText(drawn(e, `≈ ${e.title.en}`));
    const clipped = await label.evaluate((el) => {
      const own = el.getBoundingClientRect();
      for (let p = el.parentElement; p && !p.classList.contains('vis-panel'); p = p.parentElement) {
        if (getComputedStyle(p).overflow === 'visible') continue;
        const b = p.getBoundingClientRect();
        if (own.left < b.left - 0.5 || own.right > b.right + 0.5) return true;
      }
      return false;
    });
    expect(clipped).toBe(false);
  }
});

test('the keyboard brings its current item into view, across the timeline and the page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await openTimeline(page, 'window=2025-01-24..2025-02-02');
  await timeline(page).focus();
  const first = dataset.events[0]!;
  await expect(timeline(page)).toHaveAttribute('aria-activedescendant', `tl-item-${first.id}`);
  const ring = timeline(page).locator('.vis-item:has(.is-kbd-focus)');
  for (const key of ['End', 'Home', 'End', 'ArrowLeft', 'ArrowLeft']) {
    await page.keyboard.press(key);
    await expect(ring).toBeInViewport({ ratio: 1 });
    const inside = await ring.evaluate((el) => {
      const panel = el.closest('.vis-panel.vis-center')!.getBoundingClientRect();
      const b = el.getBoundingClientRect();
      return b.left >= panel.left && b.right <= panel.right;
    });
    expect(inside).toBe(true);
  }
});

test('Escape from the detail returns focus to the timeline item that opened it', async ({ page }) => {
  await openTimeline(page);
  await timeline(page).focus();
  await page.keyboard.press('ArrowRight');
  const second = dataset.events[1]!;
  await expect(timeline(page)).toHaveAttribute('aria-activedescendant', `tl-item-${second.id}`);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('event-detail')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('event-detail')).toBeHidden();
  await expect(timeline(page)).toBeFocused();
  await expect(timeline(page)).toHaveAttribute('aria-activedescendant', `tl-item-${second.id}`);
});

test('Escape from the detail returns focus to the quote card’s button that opened it', async ({ page }) => {
  await openTimeline(page);
  const show = quotesSection(page).getByRole('button', { name: 'Show event' }).first();
  await show.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('event-detail')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('event-detail')).toBeHidden();
  await expect(show).toBeFocused();
});

test('the lane choice is part of the link and survives a reload', async ({ page }) => {
  await openTimeline(page);
  await page.getByRole('button', { name: 'By topic' }).first().click();
  await expect(page).toHaveURL(/lanes=topic/);
  await page.reload();
  await expect(timeline(page).locator('.vis-label').first()).toHaveText('Migration and deportations');
  await expect(page.getByRole('button', { name: 'By topic' }).first()).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});
