import { expect, test, type Page } from '@playwright/test';
import { eventsSection, open } from './helpers';

// 26 January 2025: a threat (tariffs announced) and an act (flights refused) on the same day.
const threat = '2025-01-26-trump-retaliation';
const act = '2025-01-26-flights-refused';
const item = (page: Page, id: string) => page.locator(`[id="tl-item-${id}"]`);
const row = (page: Page, id: string) => eventsSection(page).locator(`[data-event-id="${id}"]`);

test('a threat and an act look different on the timeline, in the list and in the detail, by mark and word', async ({
  page,
}) => {
  await open(page, 'window=2025-01-24..2025-02-02');
  await expect(item(page, threat)).toBeVisible();
  // The timeline: the label leads with the kind's mark, the name says the word, the dot's shape differs.
  await expect(item(page, threat).locator('.tl-kind')).toHaveText('⚠');
  await expect(item(page, act).locator('.tl-kind')).toHaveText('■');
  await expect(item(page, threat)).toHaveAttribute('aria-label', /\. Threat$/);
  await expect(item(page, act)).toHaveAttribute('aria-label', /\. Act$/);
  const dotRotate = (id: string) =>
    item(page, id).evaluate((el) => {
      const dot = el.closest('.vis-item')!.querySelector('.vis-dot')!;
      return getComputedStyle(dot).rotate;
    });
  expect(await dotRotate(threat)).toBe('45deg');
  expect(await dotRotate(act)).toBe('none');
  // The legend names the marks.
  await expect(page.getByRole('group', { name: /^Topics \(colour key/ }).getByRole('listitem')).toHaveText([
    '⚠Threat',
    '■Act',
    '❝Statement',
    '⇄Cooperation',
  ]);
  // The list.
  await expect(row(page, threat).locator('[data-kind]')).toHaveText('⚠Threat');
  await expect(row(page, act).locator('[data-kind]')).toHaveText('■Act');
  // The detail.
  await eventsSection(page).locator(`[data-event-id="${threat}"] h4 button`).click();
  await expect(page.getByTestId('event-detail').locator('[data-kind]')).toHaveText('⚠Threat');
});

test('in Spanish the kinds are named in Spanish', async ({ page }) => {
  await open(page, 'lang=es&window=2025-01-24..2025-02-02');
  await expect(row(page, threat).locator('[data-kind]')).toHaveText('⚠Amenaza');
  await expect(row(page, act).locator('[data-kind]')).toHaveText('■Acción');
  await expect(item(page, threat)).toHaveAttribute('aria-label', /\. Amenaza$/);
});
