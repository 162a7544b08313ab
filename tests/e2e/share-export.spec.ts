import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, test } from '@playwright/test';
import { counts, dataset, open } from './helpers';

test('the filtered events download as a CSV a spreadsheet reads: one row each, accents intact, citations in', async ({
  page,
}) => {
  await open(page, 'actor=petro&month=2025-09&lang=es');
  await page.getByRole('button', { name: 'Descargar', exact: true }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Hechos mostrados/ }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('rift-events_petro_2025-09_es.csv');
  const text = readFileSync((await file.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(rows.errors).toEqual([]);
  const expected = dataset.events.filter(
    (e) => e.date.startsWith('2025-09') && [...e.actors, ...(e.targets ?? [])].includes('petro'),
  );
  expect(rows.data.map((r) => r.id)).toEqual(expected.map((e) => e.id));
  expect(rows.data.map((r) => r.title)).toEqual(expected.map((e) => e.title.es));
  for (const r of rows.data) expect(r.sources).not.toBe('');
});

test('the filtered quotes download as CSV, and everything shown as JSON in the dataset’s shape', async ({
  page,
}) => {
  await open(page, 'actor=trump');
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Quotes shown/ }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe('rift-quotes_trump.csv');
  const rows = Papa.parse<Record<string, string>>(readFileSync((await csv.path())!, 'utf8').slice(1), {
    header: true,
    skipEmptyLines: true,
  });
  const trumpQuotes = dataset.quotes.filter((q) => q.speaker === 'trump');
  expect(rows.data).toHaveLength(trumpQuotes.length);
  expect(new Set(rows.data.map((r) => r.speaker))).toEqual(new Set(['Donald Trump']));

  await page.getByRole('button', { name: 'Download', exact: true }).click();
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /as JSON/ }).click(),
  ]);
  expect(json.suggestedFilename()).toBe('rift-data_trump.json');
  const data = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  expect(data.schemaVersion).toBe(1);
  expect(data.quotes).toHaveLength(trumpQuotes.length);
  await expect(counts(page)).toContainText(`${data.events.length} of ${dataset.events.length} events`);
});

test('embed mode renders compactly, and the Embed dialog’s snippet opens the same view', async ({
  page,
  browser,
}) => {
  await open(page, 'actor=petro&topic=visas');
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  const snippet = await dialog.getByRole('textbox').inputValue();
  const src = /src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&');
  expect(new URL(src).searchParams.get('embed')).toBe('1');
  expect(snippet).toMatch(/height="\d+"/);
  await dialog.getByRole('button', { name: 'Close' }).click();

  const context = await browser.newContext();
  const embedded = await context.newPage();
  await embedded.goto(src);
  await expect(counts(embedded)).toHaveText((await counts(page).textContent())!);
  await expect(embedded.getByRole('region', { name: 'Filters' })).toHaveCount(0);
  await expect(embedded.getByRole('button', { name: 'Share' })).toHaveCount(0);
  const full = embedded.getByRole('link', { name: /Open full view/ });
  await expect(full).toHaveAttribute('href', page.url().replace(/&embed=1/, ''));
  await context.close();
});

test('a chart downloads as PNG and SVG with its title, legend, source line, credit and shaded month, but not filters it does not follow', async ({
  page,
}) => {
  await open(page, 'actor=petro&month=2025-09');
  const card = page.getByTestId('chart-tariffs');
  await expect(card.locator('svg.recharts-surface').first()).toBeVisible();

  const [svgFile] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: /as SVG$/ }).click(),
  ]);
  expect(svgFile.suggestedFilename()).toBe('rift-chart-tariffs_petro_2025-09.svg');
  const svg = readFileSync((await svgFile.path())!, 'utf8');
  expect(svg).toContain('<svg');
  expect(svg).toContain('>Tariffs</text>');
  expect(svg).toContain('>US on Colombian goods</text>');
  expect(svg).toMatch(/>Sources?:/);
  expect(svg).toContain('>Shaded: September 2025.</text>');
  expect(svg).toMatch(/>Chart: Rift Tracker · http:\/\/127\.0\.0\.1:\d+\/<\/text>/);
  // The tariffs chart shows every step whatever the actor filter: its file does not claim otherwise.
  expect(svg).not.toContain('involving Gustavo Petro');

  const [pngFile] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: /as PNG$/ }).click(),
  ]);
  expect(pngFile.suggestedFilename()).toBe('rift-chart-tariffs_petro_2025-09.png');
  const png = readFileSync((await pngFile.path())!);
  expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBeGreaterThan(800);
  expect(height).toBeGreaterThan(400);
  // Not blank: the image has many colours.
  const colours = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 16) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return seen.size;
  }, png.toString('base64'));
  expect(colours).toBeGreaterThan(20);
});

test('the tension index’s download names the filters it follows', async ({ page }) => {
  await open(page, 'actor=petro&month=2025-09');
  const card = page.getByTestId('chart-tension');
  await expect(card.locator('svg.recharts-surface').first()).toBeVisible();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: /as SVG$/ }).click(),
  ]);
  const svg = readFileSync((await file.path())!, 'utf8');
  expect(svg).toContain('involving Gustavo Petro');
  expect(svg).toContain('September 2025');
  expect(svg).toContain('>US → Colombia, hostile</text>');
  expect(svg).toContain('Chart: Rift Tracker');
});
