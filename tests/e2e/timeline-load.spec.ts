// The timeline shows itself on every kind of link on a slow CPU (a mid-range phone's speed,
// at desktop width): vis-timeline is created at the window it must show.
import { expect, test, type Page } from '@playwright/test';
import { dataset } from './helpers';

const sanctions = dataset.events.find((e) => e.id.includes('ofac-sanctions'))!;
const standoff = dataset.events.find((e) => e.id.startsWith('2025-01-26'))!;

const kinds: [string, string, string][] = [
  ['no parameters', '', standoff.id],
  ['a window', 'window=2025-01-24..2025-02-02', standoff.id],
  ['a month', 'month=2025-10', sanctions.id],
  ['an event', `event=${sanctions.id}`, sanctions.id],
];

async function slowCpu(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
}

for (const [kind, query, shownId] of kinds)
  test(`with the CPU 6× slower, a link with ${kind} shows the timeline and its items`, async ({ page }) => {
    test.setTimeout(150_000);
    await slowCpu(page);
    await page.goto(query ? `./?${query}` : './');
    const timeline = page.getByTestId('timeline');
    // vis-timeline's root is visibility:hidden until its first draw is done: visible means shown.
    await expect(timeline.locator('.vis-timeline')).toBeVisible({ timeout: 60_000 });
    await expect(timeline.locator(`[id="tl-item-${shownId}"]`)).toBeVisible({ timeout: 30_000 });
    await expect(timeline.locator('.vis-label').filter({ hasText: 'Colombia' })).toBeVisible();
    if (query.startsWith('window='))
      await expect(
        timeline.locator('.vis-time-axis .vis-minor').filter({ hasText: /^Sun 26$/ }),
      ).toBeVisible();
  });
