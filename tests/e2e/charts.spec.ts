import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { counts, open, search } from './helpers';

type Cite = { source: string };
const data = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as {
  sources: { id: string; publisher: string }[];
  series: {
    tariffs: { id: string; date: string; rate: number; status: string; event?: string; citations: Cite[] }[];
    deportationFlights: { id: string; flights: number }[];
    aid: { id: string; amountUsdMillions: number }[];
  };
};
const publisher = (id: string) => data.sources.find((s) => s.id === id)!.publisher;
const card = (page: Page, id: string) => page.getByTestId(`chart-${id}`);
const tooltip = (page: Page, id: string) => card(page, id).getByTestId('chart-tooltip');

test('hovering a tariff point shows its rate, status and source', async ({ page }) => {
  await open(page);
  const step = data.series.tariffs.find((s) => s.status === 'in-force')!;
  await card(page, 'tariffs').locator(`[data-step="${step.id}"]`).hover();
  const tip = tooltip(page, 'tariffs');
  await expect(tip).toContainText(`${step.rate} %`);
  await expect(tip).toContainText('In force');
  await expect(tip).toContainText(publisher(step.citations[0]!.source));
});

test('a threat is labelled as a threat, with what became of it', async ({ page }) => {
  await open(page);
  const threat = data.series.tariffs.find((s) => s.status === 'threatened' && s.rate === 50)!;
  await card(page, 'tariffs').locator(`[data-step="${threat.id}"]`).hover();
  await expect(tooltip(page, 'tariffs')).toContainText('50 % · Threatened');
  await expect(tooltip(page, 'tariffs')).toContainText('Suspended, never applied');
});

test('clicking a tariff step tied to an event selects the event', async ({ page }) => {
  await open(page);
  const step = data.series.tariffs.find((s) => s.status === 'in-force' && s.event)!;
  await card(page, 'tariffs').locator(`[data-step="${step.id}"]`).click();
  await expect.poll(() => search(page).get('event')).toBe(step.event);
  await expect(card(page, 'tariffs').locator('.selected-event')).toHaveCount(1);
});

test('focusing a chart with the keyboard and pressing an arrow shows a tooltip', async ({ page }) => {
  await open(page);
  const surface = card(page, 'flights').locator('.recharts-surface').first();
  await surface.focus();
  await page.keyboard.press('ArrowRight');
  await expect(tooltip(page, 'flights')).toBeVisible();
  await expect(tooltip(page, 'flights')).toContainText(/flights?/);
});

test.describe('the table shows exactly the dataset numbers', () => {
  const cases = [
    { id: 'tariffs', values: data.series.tariffs.map((s) => s.rate) },
    { id: 'flights', values: data.series.deportationFlights.map((f) => f.flights) },
    { id: 'aid', values: data.series.aid.map((a) => a.amountUsdMillions) },
  ];
  for (const { id, values } of cases)
    test(id, async ({ page }) => {
      await open(page);
      await card(page, id).getByRole('button', { name: 'Table' }).click();
      const cells = card(page, id).getByTestId(`${id}-table`).locator('td[data-value]');
      await expect(cells).toHaveCount(values.length);
      const shown = (
        await cells.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))))
      ).sort();
      expect(shown).toEqual([...values].sort());
      // Each cell shows its own value, written the way a reader of English reads numbers.
      const cellTexts = await cells.evaluateAll((els) =>
        els.map((e) => [Number(e.getAttribute('data-value')), (e as HTMLElement).innerText] as const),
      );
      for (const [value, text] of cellTexts) expect(text).toContain(value.toLocaleString('en-GB'));
    });
});

test('switching the index changes the chart and the link', async ({ page }) => {
  await open(page);
  const tension = card(page, 'tension');
  await expect(tension).toContainText('Goldstein points: the sum of the events');
  await expect(tension).toContainText('Over all events.');
  await expect(tension.getByRole('link', { name: 'How it is computed' })).toHaveAttribute(
    'href',
    '#about-heading',
  );
  const yTicks = () =>
    tension.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value').allTextContents();
  await expect.poll(async () => (await yTicks()).some((t) => t.startsWith('-'))).toBe(true);
  const ticksBefore = await yTicks();
  await tension.getByRole('button', { name: 'Count' }).click();
  await expect.poll(() => search(page).get('index')).toBe('count');
  await expect(tension).toContainText('Events per month');
  await expect(tension.getByRole('button', { name: 'Count' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(yTicks).not.toEqual(ticksBefore);
  expect((await yTicks()).some((t) => t.startsWith('-'))).toBe(false);
});

test('hovering a tension month lists its events; clicking one selects it; clicking the month filters the page', async ({
  page,
}) => {
  await open(page);
  const before = await counts(page).innerText();
  const tension = card(page, 'tension');
  const surface = tension.locator('.recharts-surface').first();
  const bar = tension.locator('.recharts-bar-rectangle path, .recharts-bar-rectangle rect').first();
  await bar.hover();
  const panel = tension.getByTestId('tension-month');
  await expect(panel.getByRole('button', { name: /^Show the event/ }).first()).toBeVisible();
  const month = (await panel.locator('p').first().innerText()).split(' ').slice(0, 2).join(' ');
  await bar.click();
  await expect(page).toHaveURL((url) => /^\d{4}-\d{2}$/.test(url.searchParams.get('month') ?? ''));
  // The month the panel named on hover is the month the click filters by.
  const filtered = search(page).get('month')!;
  const named = new Date(`${filtered}-01T00:00:00Z`).toLocaleString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  expect(month).toBe(named);
  await expect(counts(page)).not.toHaveText(before);
  await expect(surface).toBeVisible();
  const eventButton = panel.getByRole('button', { name: /^Show the event/ }).first();
  await eventButton.click();
  await expect.poll(() => search(page).get('event')).toBeTruthy();
});

test('a month filter shades the time-based charts', async ({ page }) => {
  await open(page);
  for (const id of ['tariffs', 'tension'])
    await expect(card(page, id).locator('.recharts-reference-area')).toHaveCount(0);
  await open(page, 'month=2025-10');
  for (const id of ['tariffs', 'tension'])
    await expect(card(page, id).locator('.recharts-reference-area')).toHaveCount(1);
});

test('Spanish: titles, tooltips and numbers in Spanish', async ({ page }) => {
  await open(page, 'lang=es');
  await expect(card(page, 'aid')).toContainText('Ayuda de EE. UU. a Colombia');
  await card(page, 'aid').getByRole('button', { name: 'Tabla' }).click();
  await expect(card(page, 'aid').getByTestId('aid-table')).toContainText('471,3');
});

test('the flights chart draws each count as a length on one scale, and names the source of each 2024 figure', async ({
  page,
}) => {
  await open(page);
  const bars = card(page, 'flights').locator('[data-flight]');
  await expect(bars).toHaveCount(data.series.deportationFlights.length);
  const drawn = await bars.evaluateAll((gs) =>
    gs.map((g) => ({
      count: Number(g.getAttribute('data-count')),
      width: Number(g.querySelector('rect')!.getAttribute('width')),
    })),
  );
  // Bars drawn at their true length (the thinnest keep a 4 px minimum to stay visible).
  const longest = drawn.reduce((a, b) => (b.count > a.count ? b : a));
  const scale = longest.width / longest.count;
  for (const b of drawn.filter((x) => x.count * scale > 8))
    expect(Math.abs(b.width - b.count * scale)).toBeLessThan(1.5);
  // The axis wraps long labels into lines (tspans), so compare without spaces.
  const bare = (s: string) => s.replace(/\s+/g, '');
  const labels = card(page, 'flights').locator(
    '.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value',
  );
  await expect(labels).toHaveCount(data.series.deportationFlights.length);
  const shown = (await labels.allTextContents()).map(bare);
  for (const id of ['flights-2024-ap', 'flights-2024-el-universal']) {
    const cite = (data.series.deportationFlights.find((f) => f.id === id) as unknown as { citations: Cite[] })
      .citations[0]!;
    expect(shown).toContain(bare(`2024 · ${publisher(cite.source)}`));
  }
});
