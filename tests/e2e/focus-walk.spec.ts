/**
 * WCAG 2.4.7 and 2.4.11 over the whole page: every Tab stop, walked backwards from the end of the page and
 * then forwards, shows its focus outline, lies in the window and is not covered by a bar stuck to the top.
 * Its own file, apart from the keyboard journeys (keyboard.spec.ts), because it runs without a trace: a trace
 * would snapshot the whole page at each of the 1,000+ key presses and take minutes.
 */
import { expect, test, type Page } from '@playwright/test';
import { dataset, eventTitles, open, quotesSection } from './helpers';

test.use({ trace: 'off' });

const card = (page: Page, id: string) => page.getByTestId(`chart-${id}`);

/**
 * Where the focused control stands: its outline, and how many CSS pixels of its box are covered by a bar
 * stuck to the top of the window (the section bar, a phone's month heading, a sticky header), or lie
 * outside the window. Read once the page has stopped scrolling.
 */
const focusPlace = (page: Page) =>
  page.evaluate(async () => {
    const el = document.activeElement as HTMLElement;
    if (el === document.body) return null;
    for (let y = -1; y !== window.scrollY;) {
      y = window.scrollY;
      await new Promise((r) => requestAnimationFrame(r));
    }
    const box = el.getBoundingClientRect();
    const stuck = [...document.querySelectorAll<HTMLElement>('header, [data-sticky]')].filter((bar) => {
      const s = getComputedStyle(bar);
      if (bar.contains(el) || (s.position !== 'sticky' && s.position !== 'fixed')) return false;
      const r = bar.getBoundingClientRect();
      return r.top <= (parseFloat(s.top) || 0) + 0.5 && r.left < box.right && r.right > box.left;
    });
    const covered = Math.max(
      0,
      ...stuck.map((bar) => {
        const r = bar.getBoundingClientRect();
        return Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top);
      }),
    );
    const s = getComputedStyle(el);
    return {
      name: `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50)}”`,
      outline: `${s.outlineStyle} ${s.outlineWidth}`,
      covered: Math.round(covered),
      outside: Math.round(Math.max(0, -box.bottom, box.top - window.innerHeight)),
      skipLink: el.getAttribute('href') === '#main',
    };
  });

/**
 * Waits until the page has stopped growing or moving: its height and scroll stay the same for ten frames
 * (a section drawn at its real height as it nears the window changes both for a frame or two).
 */
const settled = (page: Page) =>
  page.evaluate(async () => {
    let last = '';
    for (let same = 0, frames = 0; same < 10 && frames < 600; frames++) {
      await new Promise((r) => requestAnimationFrame(r));
      const now = `${document.documentElement.scrollHeight}|${window.scrollY}`;
      same = now === last ? same + 1 : 0;
      last = now;
    }
  });

test.describe('every Tab stop', () => {
  for (const { width, height } of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ])
    test(`at ${width} px, walked backwards then forwards, is in view, outlined and clear of the sticky bars`, async ({
      browser,
    }) => {
      // Each stop is a key press and a read; on a loaded two-core machine that is minutes.
      test.setTimeout(600_000);
      const context = await browser.newContext({
        viewport: { width, height },
        ...(width < 640 ? { hasTouch: true, isMobile: true } : {}),
      });
      const page = await context.newPage();
      await open(page);
      // The panels that load after first paint are in place, so nothing moves the page under the walk.
      // The charts are drawn when the reader comes near them (far below the story on a phone).
      await page.locator('#charts').scrollIntoViewIfNeeded();
      await expect(page.getByTestId('ledger-summary')).toBeVisible();
      await expect(card(page, 'tension').locator('svg.recharts-surface').first()).toBeVisible();
      await expect(page.locator('#about-heading')).toBeAttached();
      // The lists draw their first rows, then the rest a frame later: every row is in place before the walk
      // (all the events; the quotes' first page of 25).
      await expect(eventTitles(page)).toHaveCount(dataset.events.length);
      await expect(quotesSection(page).locator('li[data-quote-id]')).toHaveCount(
        Math.min(dataset.quotes.length, 25),
      );
      // From the end of the page backwards (the direction that left controls under the bars) to the skip link.
      // The end is where the page ends once it has settled, as a reader sees it before pressing Shift+Tab.
      await settled(page);
      await page.keyboard.press('End');
      await settled(page);
      const visited = { back: 0, forward: 0 };
      let reachedSkipLink = false;
      for (const back of [true, false]) {
        for (let i = 0; i < 1500; i++) {
          await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
          const place = await focusPlace(page);
          if (!place) break;
          visited[back ? 'back' : 'forward']++;
          expect(place.outline, `${place.name} shows an outline`).toMatch(/^(solid|auto) [1-9]/);
          expect(place.covered, `${place.name}: pixels under a sticky bar`).toBe(0);
          expect(place.outside, `${place.name}: pixels outside the window`).toBe(0);
          if (back && place.skipLink) {
            reachedSkipLink = true;
            break;
          }
        }
      }
      // The walk went back to the skip link, then forward from it to the end of the page.
      expect(reachedSkipLink).toBe(true);
      console.log(`${width} px: ${visited.back} stops walked back, ${visited.forward} forward`);
      expect(visited.back).toBeGreaterThan(300);
      expect(visited.forward).toBeGreaterThan(300);
      await context.close();
    });
});
