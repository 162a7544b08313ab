import { expect, test, type Page } from '@playwright/test';
import { actorName, dataset, open } from './helpers';

const moments = (dataset.events as { id: string; keyMoment?: boolean; title: { en: string } }[]).filter(
  (e) => e.keyMoment,
);
const total = moments.length;
const stepper = (page: Page) => page.getByTestId('key-moments');
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

test('stepping through the key moments sets the event in the link, and a reload opens at that step', async ({
  page,
}) => {
  await open(page);
  await expect(stepper(page).getByTestId('moment-step')).toHaveText(`1 of ${total}`);
  await stepper(page).getByRole('button', { name: 'Next key moment' }).click();
  await stepper(page).getByRole('button', { name: 'Next key moment' }).click();
  await expect(stepper(page).getByTestId('moment-step')).toHaveText(`3 of ${total}`);
  await expect(page).toHaveURL(new RegExp(`event=${moments[2]!.id}`));
  // Stepping keeps the reader in the story: no detail panel over it.
  await expect(page.getByTestId('event-detail')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Key moment 3 of' })).toHaveText(
    `Key moment 3 of ${total}: ${moments[2]!.title.en}`,
  );

  await page.reload();
  await expect(stepper(page).getByTestId('moment-step')).toHaveText(`3 of ${total}`);
  await expect(stepper(page).getByTestId('moment-title')).toHaveText(moments[2]!.title.en);
});

test('the arrow keys step through the key moments, and Back steps back', async ({ page }) => {
  await open(page);
  await stepper(page).getByRole('button', { name: 'Next key moment' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(stepper(page).getByTestId('moment-step')).toHaveText(`2 of ${total}`);
  await expect(page).toHaveURL(new RegExp(`event=${moments[1]!.id}`));
  await page.keyboard.press('ArrowLeft');
  await expect(stepper(page).getByTestId('moment-step')).toHaveText(`1 of ${total}`);
  await expect(page).toHaveURL(new RegExp(`event=${moments[0]!.id}`));
  await page.goBack();
  await expect(stepper(page).getByTestId('moment-step')).toHaveText(`2 of ${total}`);
});

test.describe('on a phone', () => {
  test.use(phone);

  test('the first screen shows the headline and the first key moment without scrolling', async ({ page }) => {
    await open(page);
    await expect(page.locator('#story-headline')).toBeInViewport({ ratio: 1 });
    await expect(stepper(page).getByTestId('moment-title')).toBeInViewport({ ratio: 1 });
    await expect(stepper(page).getByTestId('moment-title')).toHaveText(moments[0]!.title.en);
  });

  test('a swipe to the left shows the next key moment', async ({ page }) => {
    await open(page);
    const box = (await stepper(page).getByTestId('moment-title').boundingBox())!;
    await stepper(page).evaluate(
      (el, { x, y }) => {
        const touch = (cx: number) => [new Touch({ identifier: 1, target: el, clientX: cx, clientY: y })];
        el.dispatchEvent(new TouchEvent('touchstart', { touches: touch(x), bubbles: true }));
        el.dispatchEvent(new TouchEvent('touchend', { changedTouches: touch(x - 150), bubbles: true }));
      },
      { x: box.x + box.width - 20, y: box.y + 5 },
    );
    await expect(stepper(page).getByTestId('moment-step')).toHaveText(`2 of ${total}`);
  });

  test('the section bar reaches the quotes in one tap and stays on screen', async ({ page }) => {
    await open(page);
    const bar = page.getByRole('navigation', { name: 'Sections' });
    await bar.getByRole('link', { name: 'Quotes' }).tap();
    await expect(page.getByRole('heading', { name: 'Quotes', level: 2 })).toBeInViewport();
    await expect(bar).toBeInViewport();
    await bar.getByRole('link', { name: /Story/ }).tap();
    await expect(page.locator('#story-headline')).toBeInViewport();
  });
});

test('the document title follows the view', async ({ page }) => {
  await open(page, 'actor=trump&month=2025-10');
  await expect(page).toHaveTitle(`${actorName('trump')} · Oct 2025 — Rift Tracker`);
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(page).toHaveTitle('US–Colombia 2025–2026 — Rift Tracker');
  await stepper(page).getByRole('button', { name: 'Next key moment' }).click();
  await expect(page).toHaveTitle(`${moments[1]!.title.en} — Rift Tracker`);
});

test('the embedded view reports its height, and the Embed snippet sizes the iframe to fit', async ({
  page,
  browser,
}) => {
  await open(page, 'actor=petro');
  await page.getByRole('button', { name: 'Embed' }).click();
  const snippet = await page
    .getByRole('dialog', { name: 'Embed this view' })
    .getByRole('textbox')
    .inputValue();

  const host = await (await browser.newContext()).newPage();
  await host.setContent(
    `<!doctype html><html><body style="margin:0"><h1>An article</h1>${snippet}</body></html>`,
  );
  const frame = host.frameLocator('iframe[data-rift-tracker]');
  await expect(frame.getByTestId('result-counts')).toBeVisible();
  const embedded = host.frames().find((f) => f !== host.mainFrame())!;
  await expect
    .poll(async () => {
      const [set, content] = await Promise.all([
        host.locator('iframe').evaluate((f: HTMLIFrameElement) => f.getBoundingClientRect().height),
        embedded.evaluate(() => document.documentElement.scrollHeight),
      ]);
      return Math.abs(set - content) <= 1 && set > 760;
    })
    .toBe(true);
  await host.context().close();
});
