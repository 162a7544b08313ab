/**
 * axe-core (WCAG 2.2 A and AA, and best practices) over every state a reader can reach:
 * each must report no violation. The failure message lists each violation and its element.
 */
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { dataset, open, topicChip } from './helpers';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

async function phonePage(browser: Browser, options: object = {}) {
  const context = await browser.newContext({ ...PHONE, ...options });
  return { context, page: await context.newPage() };
}

const card = (page: Page, id: string) => page.getByTestId(`chart-${id}`);
const eventId = dataset.events[1]!.id;

// axe walks a large page; on a loaded two-core machine one pass can take over a minute.
test.describe.configure({ timeout: 240_000 });

test.describe('axe reports no violation', () => {
  for (const lang of ['en', 'es'] as const) {
    test(`home, ${lang}, 1280 px`, async ({ page }) => {
      await open(page, lang === 'es' ? 'lang=es' : '');
      await expectNoAxeViolations(page);
    });

    test(`home, ${lang}, 390 px phone`, async ({ browser }) => {
      const { context, page } = await phonePage(browser);
      await open(page, lang === 'es' ? 'lang=es' : '');
      await expectNoAxeViolations(page);
      await context.close();
    });
  }

  test('filtered by actor and month', async ({ page }) => {
    await open(page, 'actor=trump&month=2025-10&topic=tariffs');
    await expectNoAxeViolations(page);
  });

  test('the actor menu open', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: /^Actors:/ }).click();
    await expect(page.getByRole('checkbox').first()).toBeVisible();
    await expectNoAxeViolations(page, ['[aria-label="Filters"]']);
  });

  test('phone, 320 px, filters open', async ({ browser }) => {
    const { context, page } = await phonePage(browser, { viewport: { width: 320, height: 700 } });
    await open(page);
    await page.getByRole('button', { name: /^Filters/ }).click();
    await expect(page.getByLabel('From', { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await context.close();
  });

  test('key moments stepped to the third', async ({ page }) => {
    await open(page);
    const next = page.getByRole('button', { name: 'Next key moment' });
    await next.click();
    await next.click();
    await expect(page.getByRole('group', { name: /^Key moment 3 of/ })).toBeVisible();
    await expectNoAxeViolations(page, ['#story']);
  });

  test('the threat ledger at 390 px, reordered by side', async ({ browser }) => {
    const { context, page } = await phonePage(browser);
    await open(page);
    const ledger = page.getByTestId('ledger');
    await ledger.scrollIntoViewIfNeeded();
    const bySide = ledger.getByRole('button', { name: 'By side' });
    await bySide.click();
    await expect(bySide).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/ledger=side/);
    await expect(ledger.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page, ['[data-testid="ledger"]']);
    await context.close();
  });

  test('phone chronology and About, Spanish', async ({ browser }) => {
    const { context, page } = await phonePage(browser);
    await open(page, 'lang=es');
    await expectNoAxeViolations(page, ['#timeline', '#about']);
    await context.close();
  });

  test('event detail, desktop', async ({ page }) => {
    await open(page, `event=${eventId}`);
    await expect(page.getByTestId('event-detail')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('event detail, phone', async ({ browser }) => {
    const { context, page } = await phonePage(browser);
    await open(page, `event=${eventId}`);
    await expect(page.getByTestId('event-detail')).toBeVisible();
    await expectNoAxeViolations(page);
    await context.close();
  });

  test('charts with every table open', async ({ page }) => {
    await open(page);
    for (const id of ['tension', 'tariffs', 'flights', 'aid']) {
      await card(page, id).getByRole('button', { name: 'Table', exact: true }).click();
      await expect(card(page, id).getByRole('table')).toBeVisible();
    }
    await expectNoAxeViolations(page, ['[data-testid^="chart-"]']);
  });

  test('a chart tooltip shown by the keyboard', async ({ page }) => {
    await open(page);
    await card(page, 'flights').locator('.recharts-surface').first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(card(page, 'flights').getByTestId('chart-tooltip')).toBeVisible();
    await expectNoAxeViolations(page, ['[data-testid="chart-flights"]']);
  });

  test('the Download menu open', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Download', exact: true }).click();
    await expect(page.getByRole('button', { name: /^Events shown/ })).toBeVisible();
    await expectNoAxeViolations(page, ['[aria-label="Filters"]']);
  });

  test('Share: the link copied', async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await open(page);
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    await expectNoAxeViolations(page, ['header']);
    await context.close();
  });

  test('Share: the copy-by-hand panel when the clipboard refuses', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('refused')) },
      });
    });
    await open(page);
    await page.getByRole('button', { name: 'Share' }).click();
    await expect(page.getByRole('textbox', { name: /copy/i })).toBeVisible();
    await expectNoAxeViolations(page, ['header']);
  });

  test('the Embed dialog', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Embed' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoAxeViolations(page, ['header', '[role="dialog"]']);
  });

  test('embed mode', async ({ page }) => {
    await open(page, 'embed=1&actor=petro');
    await expectNoAxeViolations(page);
  });

  test('a bad link and its notice', async ({ page }) => {
    await open(page, 'month=2025-13&actor=nobody');
    await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the error view (the dataset did not load)', async ({ page }) => {
    await page.route(/dataset-[^/]*\.json$/, (route) => route.fulfill({ status: 503, body: 'down' }));
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('could not be loaded');
    await expectNoAxeViolations(page);
  });

  test('the error view (a broken dataset)', async ({ page }) => {
    const broken = structuredClone(dataset) as typeof dataset;
    broken.events[3]!.actors[0] = 'trumpp';
    await page.route(/dataset-[^/]*\.json$/, (route) => route.fulfill({ json: broken }));
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('problem');
    await expectNoAxeViolations(page);
  });
});

/** The views a reader may open: the filters shown, the ledger in view, an event's detail. */
async function reflowStates(page: Page) {
  const overflow = () =>
    page.evaluate(() => {
      const root = document.scrollingElement!;
      return root.scrollWidth - root.clientWidth;
    });
  const states: [string, number][] = [];
  await open(page);
  const filters = page.getByRole('button', { name: /^Filters/ });
  if (await filters.isVisible()) await filters.click();
  await expect(page.getByLabel('From', { exact: true })).toBeVisible();
  states.push(['filters open', await overflow()]);
  const ledger = page.getByTestId('ledger');
  await ledger.scrollIntoViewIfNeeded();
  await expect(ledger.getByRole('table')).toBeVisible();
  states.push(['ledger in view', await overflow()]);
  await open(page, `event=${eventId}`);
  const detail = page.getByTestId('event-detail');
  await expect(detail).toBeVisible();
  states.push(['event detail open', await overflow()]);
  states.push(['inside the event detail', await detail.evaluate((d) => d.scrollWidth - d.clientWidth)]);
  return states;
}

test.describe('reflow: no sideways scroll', () => {
  test.describe.configure({ timeout: 180_000 });
  test('at 320 px (a phone): filters open, ledger in view, event detail open', async ({ browser }) => {
    const { context, page } = await phonePage(browser, { viewport: { width: 320, height: 640 } });
    for (const [state, overflow] of await reflowStates(page))
      expect(overflow, `sideways scroll at 320 px, ${state}`).toBeLessThanOrEqual(0);
    await context.close();
  });

  test('at 200% zoom of a 1280 px window (640 CSS px): filters, ledger, event detail', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    for (const [state, overflow] of await reflowStates(page))
      expect(overflow, `sideways scroll at 200% zoom, ${state}`).toBeLessThanOrEqual(0);
    await context.close();
  });
});

test.describe('forced colours (Windows High Contrast)', () => {
  /** How a toggle is drawn: its border and what comes before its text (the check mark). */
  const look = (el: Locator) =>
    el.evaluate((b) => {
      const s = getComputedStyle(b);
      return {
        border: `${s.borderTopStyle} ${parseFloat(s.borderTopWidth)}`,
        mark: getComputedStyle(b, '::before').content,
      };
    });

  test('a pressed toggle shows a check mark and a border, an unpressed one neither; legend marks keep their colours', async ({
    page,
  }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await open(page, 'topic=tariffs');
    await expect(page.getByTestId('ledger-summary')).toBeVisible();
    const lanes = page.getByRole('group', { name: /lanes/i });
    const pairs: [string, Locator, Locator][] = [
      ['language', page.getByRole('button', { name: /^EN\b/ }), page.getByRole('button', { name: /^ES\b/ })],
      ['topic chip', topicChip(page, 'Tariffs'), topicChip(page, 'Visas')],
      [
        'lanes',
        lanes.getByRole('button', { name: 'By side' }),
        lanes.getByRole('button', { name: 'By topic' }),
      ],
      [
        'Goldstein / Count',
        card(page, 'tension').getByRole('button', { name: 'Goldstein' }),
        card(page, 'tension').getByRole('button', { name: 'Count' }),
      ],
      [
        'ledger order',
        page.getByTestId('ledger').getByRole('button', { name: 'By date' }),
        page.getByTestId('ledger').getByRole('button', { name: 'By side' }),
      ],
    ];
    for (const [what, pressed, unpressed] of pairs) {
      await expect(pressed, what).toHaveAttribute('aria-pressed', 'true');
      await expect(unpressed, what).toHaveAttribute('aria-pressed', 'false');
      const on = await look(pressed);
      const off = await look(unpressed);
      expect(on.mark, `${what}: the pressed one's check mark`).toContain('✓');
      expect(on.border, `${what}: the pressed one's border`).toMatch(/^solid [2-9]/);
      expect(off.mark, `${what}: no check mark when not pressed`).toBe('none');
      expect(off.border, `${what}: pressed and unpressed differ by more than colour`).not.toBe(on.border);
    }
    // The legends' marks (SVG swatches, coloured dots) keep their own colours.
    for (const legend of [
      card(page, 'tension').locator('svg[aria-hidden="true"]').first(),
      page.getByTestId('ledger').locator('ul svg[aria-hidden="true"]').first(),
    ])
      expect(await legend.evaluate((el) => getComputedStyle(el).forcedColorAdjust)).toBe('none');
  });
});

test.describe('touch targets at 390 px', () => {
  test('no target under 24×24 px fails the spacing exception: header, key moments, filters, timeline, charts, ledger, lists, About', async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const { context, page } = await phonePage(browser);
    await open(page);
    // The charts are drawn when the reader comes near them (far below the story on a phone).
    await page.locator('#charts').scrollIntoViewIfNeeded();
    await expect(card(page, 'tension').locator('svg.recharts-surface').first()).toBeVisible();
    await expect(page.getByTestId('ledger-summary')).toBeVisible();
    await expect(page.locator('#about-heading')).toBeAttached();
    const { small, failing } = await page.evaluate(() => {
      const targets = [
        ...document.querySelectorAll<HTMLElement>(
          'a[href], button, input, select, textarea, summary, [role="button"], [tabindex="0"]',
        ),
      ].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      });
      // A link inside a sentence is exempt (WCAG 2.5.8 "inline").
      const inline = (el: HTMLElement) =>
        getComputedStyle(el).display === 'inline' &&
        [...(el.parentElement?.childNodes ?? [])].some(
          (n) => n !== el && n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
        );
      const boxes = targets.map((el) => ({ el, r: el.getBoundingClientRect() }));
      const under = boxes.filter(({ el, r }) => (r.width < 24 || r.height < 24) && !inline(el));
      const centre = (r: DOMRect) => [r.left + r.width / 2, r.top + r.height / 2] as const;
      const distance = ([x, y]: readonly [number, number], r: DOMRect) =>
        Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
      // The exception: a 24 px circle on the target's centre meets no other target nor another small target's circle.
      const fails = under.filter(({ el, r }) =>
        boxes.some(
          (o) =>
            o.el !== el &&
            !o.el.contains(el) &&
            !el.contains(o.el) &&
            (distance(centre(r), o.r) < 12 ||
              (under.some((u) => u.el === o.el) &&
                Math.hypot(centre(r)[0] - centre(o.r)[0], centre(r)[1] - centre(o.r)[1]) < 24)),
        ),
      );
      const describe = ({ el, r }: { el: HTMLElement; r: DOMRect }) =>
        `${el.closest('[id], [data-testid]')?.id || el.closest('[data-testid]')?.getAttribute('data-testid')}: ${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}” ${Math.round(r.width)}×${Math.round(r.height)}`;
      return { small: under.map(describe), failing: fails.map(describe) };
    });
    // For the record (the issue asks for the count): the small targets, and how many fail.
    console.log(
      `targets under 24 px at 390 px: ${small.length} (${small.join('; ')}); failing the spacing exception: ${failing.length}`,
    );
    expect(failing, failing.join('\n')).toEqual([]);
    await context.close();
  });
});
