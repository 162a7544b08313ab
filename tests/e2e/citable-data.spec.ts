// Data a journalist can cite: best sources first, no internal words, both languages, fresh-dated.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { open, quotesSection } from './helpers';

const SEED = /\bseeds?\b|\bsemillas?\b/i;
const card = (page: Page, id: string) => page.getByTestId(`chart-${id}`);

test('the OFAC sanctions event lists the Treasury press release first', async ({ page }) => {
  await open(page, 'event=2025-10-24-ofac-sanctions');
  const detail = page.getByTestId('event-detail');
  const first = detail.locator('ul').first().locator('> li').first();
  await expect(first).toContainText('U.S. Department of the Treasury');
  await expect(first.getByRole('link').first()).toHaveAttribute(
    'href',
    'https://home.treasury.gov/news/press-releases/sb0292',
  );
  await expect(detail).toContainText('CNN, via a machine re-translation on whistlebuzz.com');
});

for (const lang of ['en', 'es'] as const) {
  test(`no view, note or tooltip says "seed" (${lang})`, async ({ page }) => {
    await open(page, `lang=${lang}&event=2025-01-26-colombia-accepts-terms`);
    await expect(page.getByTestId('event-detail')).toBeVisible();
    for (const details of await page.locator('details').all())
      await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
    expect(await page.locator('body').innerText()).not.toMatch(SEED);
    const titles = await page
      .locator('[title], [aria-label]')
      .evaluateAll((els) =>
        els.map((e) => `${e.getAttribute('title') ?? ''} ${e.getAttribute('aria-label') ?? ''}`),
      );
    expect(titles.join('\n')).not.toMatch(SEED);

    await open(page, `lang=${lang}`);
    const tip = card(page, 'tariffs').getByTestId('chart-tooltip');
    for (const step of ['tariff-2025-10-21-us-no-new-tariffs', 'tariff-2026-06-11-us-section-122-stay']) {
      await card(page, 'tariffs').locator(`[data-step="${step}"]`).hover();
      await expect(tip).toBeVisible();
      expect(await tip.innerText()).not.toMatch(SEED);
    }
  });
}

test('the events CSV does not say "seed"', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Events shown/ }).click(),
  ]);
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text).toContain('2025-10-24-ofac-sanctions');
  expect(text.replace(/aid-2023-total-seed/g, '')).not.toMatch(SEED);
});

test('searching "cocaína" in Spanish finds the quotes that say "cocaine"', async ({ page }) => {
  await open(page, 'q=cocaína&lang=es');
  const cards = quotesSection(page).locator('article');
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThanOrEqual(4);
  await expect(cards.first().locator('mark').first()).toHaveText(/coca[ií]na/i);
  await expect(quotesSection(page)).toContainText('Traducción al español de este tablero');
});

test('the runoff event opens from a link', async ({ page }) => {
  await open(page, 'event=2026-06-21-runoff');
  const detail = page.getByTestId('event-detail');
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(/Runoff: De la Espriella leads Cepeda/);
  await expect(detail).toContainText('Context: not a bilateral act');
});

test('the header says how far the data reaches and how old it is', async ({ page }) => {
  await open(page);
  await expect(page.getByTestId('data-age')).toHaveText(/^data to \d{1,2} \w{3} 2026 · updated .+ ago$/);
  await open(page, 'lang=es');
  await expect(page.getByTestId('data-age')).toHaveText(/^datos hasta el .+ · actualizados hace .+$/);
});

test('readers see what is not known yet and the corrections', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('heading', { name: 'What is not known yet' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Corrections' })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Corrections' })
      .or(page.locator('section', { has: page.getByRole('heading', { name: 'Corrections' }) })),
  ).toContainText('Dated exactly to 2 December 2025');
});
