/** The reader's journeys with the keyboard alone: Tab, Shift+Tab, arrows, Enter, Space and Escape. */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { open } from './helpers';

/** Presses Tab (or Shift+Tab) until the target has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, { back = false, max = 400 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

const card = (page: Page, id: string) => page.getByTestId(`chart-${id}`);

/** Takes the keyboard to the charts through the section bar, then to one chart's plot. */
async function tabToPlot(page: Page, id: string) {
  await tabTo(page, page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Charts' }));
  await page.keyboard.press('Enter');
  await tabTo(page, card(page, id).locator('svg.recharts-surface').first());
}

test('the first Tab shows a skip link that moves focus to the main content', async ({ page }) => {
  await open(page);
  // The panels' controls arrive after the story (their code loads after first paint): wait for the
  // timeline's, the first stop inside the main content, as a reader would see them.
  await expect(page.getByRole('main').getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  // The next stop is inside the main content, not the header or the filters.
  expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(
    true,
  );
});

test('an actor is chosen with Tab, Enter, Space and Escape', async ({ page }) => {
  await open(page);
  const actors = page.getByRole('button', { name: /^Actors:/ });
  await tabTo(page, actors);
  await page.keyboard.press('Enter');
  const first = page.getByRole('checkbox').first();
  await tabTo(page, first);
  await page.keyboard.press('Space');
  await expect(first).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(actors).toBeFocused();
  await expect(page).toHaveURL(/actor=/);
});

test('the timeline: reach it, move with the arrows, open an event, Escape returns to the same item', async ({
  page,
}) => {
  await open(page);
  const timeline = page.getByTestId('timeline');
  await tabTo(page, timeline);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(timeline).toHaveAttribute('aria-activedescendant', /.+/);
  const item = await timeline.getAttribute('aria-activedescendant');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('event-detail')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('event-detail')).toBeHidden();
  await expect(timeline).toBeFocused();
  await expect(timeline).toHaveAttribute('aria-activedescendant', item!);
});

for (const id of ['tension', 'tariffs', 'aid'])
  test(`the ${id} chart gives a tooltip from the keyboard, and the arrows move it`, async ({ page }) => {
    await open(page);
    const plot = card(page, id).locator('svg.recharts-surface').first();
    // The section bar takes the keyboard to the charts.
    await tabTo(
      page,
      page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Charts' }),
    );
    await page.keyboard.press('Enter');
    await tabTo(page, plot);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const tip = card(page, id).getByTestId('chart-tooltip');
    await expect(tip).toBeVisible();
    const first = await tip.textContent();
    await page.keyboard.press('ArrowRight');
    await expect(tip).not.toHaveText(first!);
  });

test('the flights chart: each arrow press moves the tooltip to the next bar, and back', async ({ page }) => {
  await open(page);
  const flights = card(page, 'flights');
  const bars = flights.locator('[data-flight]');
  await expect(bars.first()).toBeVisible();
  const counts = await bars.evaluateAll((els) => els.map((el) => el.getAttribute('data-count')!));
  const tip = flights.getByTestId('chart-tooltip');
  await tabToPlot(page, 'flights');
  // The first press shows the first bar; each next press (Right or Down) the bar below it.
  for (const [i, key] of (['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowRight'] as const).entries()) {
    await page.keyboard.press(key);
    await expect(tip).toBeVisible();
    await expect(tip.locator('p').nth(1)).toHaveText(new RegExp(`^${counts[i]} flights?`));
  }
  await page.keyboard.press('ArrowUp');
  await expect(tip.locator('p').nth(1)).toHaveText(new RegExp(`^${counts[2]} flights?`));
  await page.keyboard.press('ArrowLeft');
  await expect(tip.locator('p').nth(1)).toHaveText(new RegExp(`^${counts[1]} flights?`));
});

test('the tension chart: the first arrow press shows January 2025, then one month per press', async ({
  page,
}) => {
  await open(page);
  const tension = card(page, 'tension');
  const tip = tension.getByTestId('chart-tooltip');
  await tabToPlot(page, 'tension');
  for (const month of ['January 2025', 'February 2025', 'March 2025']) {
    await page.keyboard.press('ArrowRight');
    await expect(tip).toBeVisible();
    await expect(tip.locator('p').first()).toHaveText(month);
  }
  await page.keyboard.press('ArrowLeft');
  await expect(tip.locator('p').first()).toHaveText('February 2025');
});

test('a quote’s citation is copied from the keyboard', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await open(page);
  const copy = page.getByRole('button', { name: 'Copy quote with citation' }).first();
  // The section bar takes the keyboard to the quotes.
  await tabTo(page, page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Quotes' }));
  await page.keyboard.press('Enter');
  await tabTo(page, copy);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/“.+”/);
  await context.close();
});

test('Share copies the link from the keyboard', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await open(page, 'actor=petro');
  await tabTo(page, page.getByRole('button', { name: 'Share' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('actor=petro');
  await context.close();
});

test('when the clipboard refuses, Share’s copy-by-hand panel closes with Escape and focus returns', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('refused')) },
    });
  });
  await open(page);
  const share = page.getByRole('button', { name: 'Share' });
  await tabTo(page, share);
  await page.keyboard.press('Enter');
  const field = page.getByRole('textbox', { name: 'Copy this link:' });
  await expect(field).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(field).toBeHidden();
  await expect(share).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(field).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(field).toBeHidden();
});

test('Download gives a file from the keyboard', async ({ page }) => {
  await open(page);
  await tabTo(page, page.getByRole('button', { name: 'Download', exact: true }));
  await page.keyboard.press('Enter');
  const option = page.getByRole('button', { name: /^Events shown/ });
  await tabTo(page, option);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
});

test('the language switches from the keyboard', async ({ page }) => {
  await open(page);
  const es = page.getByRole('button', { name: /^ES\b/ });
  await tabTo(page, es);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/lang=es/);
  await expect(page.getByRole('button', { name: /^ES\b/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('the Embed dialog keeps focus inside and gives it back on Escape', async ({ page }) => {
  await open(page);
  const embed = page.getByRole('button', { name: 'Embed' });
  await tabTo(page, embed);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    // Past the dialog's last control focus may go to the browser's own controls (the body), never the page behind.
    expect(
      await dialog.evaluate(
        (d) => d.contains(document.activeElement) || document.activeElement === document.body,
      ),
    ).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(embed).toBeFocused();
});

for (const { lang, next, moment } of [
  { lang: 'en', next: 'Next key moment', moment: 'Key moment 3 of' },
  { lang: 'es', next: 'Momento clave siguiente', moment: 'Momento clave 3 de' },
])
  test(`the key-moments stepper announces "${moment} N: title" (${lang}), stepped by a button and an arrow`, async ({
    page,
  }) => {
    await open(page, lang === 'es' ? 'lang=es' : '');
    const button = page.getByRole('button', { name: next });
    await tabTo(page, button);
    await page.keyboard.press('Enter');
    // Focus is inside the stepper: the arrow takes the next step.
    await page.keyboard.press('ArrowRight');
    const step = new RegExp(`^${moment} \\d+: .+`);
    await expect(page.getByRole('group', { name: step })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: step })).toBeAttached();
  });

test('on a phone the event detail is a dialog that keeps focus inside and returns it on Close', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await open(page);
  const title = page
    .getByRole('region', { name: /^(Events|Hechos)$/ })
    .locator('h4 button')
    .first();
  await title.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(title).toBeFocused();
  await context.close();
});
