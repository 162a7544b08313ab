// A reader's or a newsroom's own dataset: opened from a file, or from a `?data=` link, checked in
// the browser, shown in full, and refused with every problem listed when it breaks the contract.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { chooseActors, counts, dataset, open, topicChip } from './helpers';

const feud = JSON.parse(readFileSync('tests/fixtures/other-feud.json', 'utf8'));
const feudText = JSON.stringify(feud);
const bundledCounts = `${dataset.events.length} of ${dataset.events.length} events · ${dataset.quotes.length} of ${dataset.quotes.length} quotes`;
const DATA_URL = 'https://feuds.example/aldoria-belmar.json';

const fileInput = (page: Page) => page.getByLabel('Open a dataset (a JSON file from your computer)');
const openFile = (page: Page, name: string, text: string) =>
  fileInput(page).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const banner = (page: Page) => page.getByTestId('source-banner');

/** Serves a dataset at another https address that lets other sites read it (CORS). */
const serve = (page: Page, url: string, body: string, headers: Record<string, string> = {}) =>
  page.route(url, (route) =>
    route.fulfill({
      body,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*', ...headers },
    }),
  );

test('a dataset opened from a file shows its sides, filters, and says it is local', async ({ page }) => {
  await open(page);
  await openFile(page, 'aldoria-belmar.json', feudText);

  await expect(banner(page)).toContainText('your own file “aldoria-belmar.json”');
  await expect(banner(page)).toContainText('sent nowhere');
  await expect(counts(page)).toHaveText('3 of 3 events · 1 of 1 quotes');
  await expect(
    page.getByText('Aldoria turns Belmar fishing boats away from the Grey Banks').first(),
  ).toBeVisible();

  await chooseActors(page, ['Tomás Rell']);
  await expect(counts(page)).toHaveText('2 of 3 events · 1 of 1 quotes');
  await topicChip(page, 'Trade').click();
  await expect(counts(page)).toHaveText('1 of 3 events · 0 of 1 quotes');
  await expect(page).toHaveURL(/actor=tomas-rell/);

  // Share cannot link a local file: it says so and offers the file.
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(
    page.getByRole('dialog', { name: 'A link cannot point at a file on your computer' }),
  ).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the JSON' }).click();
  expect((await download).suggestedFilename()).toBe('aldoria-belmar.json');
  await page.getByRole('button', { name: 'Close' }).click();

  await banner(page).getByRole('button', { name: 'Back to the bundled story' }).click();
  await expect(counts(page)).toHaveText(bundledCounts);
  await expect(banner(page)).toHaveCount(0);
});

test('a dataset of two other countries names neither the United States nor Colombia', async ({ page }) => {
  await serve(page, DATA_URL, feudText);
  await open(page, `data=${encodeURIComponent(DATA_URL)}`);
  await expect(page.getByRole('heading', { name: 'Tension index', exact: true })).toBeVisible();
  await expect(page.getByText('Aldoria → Belmar').first()).toBeVisible();
  await expect(page.locator('.vis-label').first()).toHaveText('Aldoria');
  await expect(page.getByText('Aldoria and Belmar, 2024')).toBeVisible();
  expect(await page.locator('body').innerText()).not.toMatch(/United States|Colombia/);

  await open(page, `data=${encodeURIComponent(DATA_URL)}&lang=es`);
  await expect(page.getByText('Aldoria y Belmar, 2024')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Índice de tensión', exact: true })).toBeVisible();
  expect(await page.locator('body').innerText()).not.toMatch(/Estados Unidos|Colombia|EE\. UU\./);
});

test('a broken file lists every problem with its path and keeps the story on screen', async ({ page }) => {
  await open(page, 'actor=petro');
  const before = await counts(page).textContent();
  const broken = structuredClone(feud);
  broken.events[0].cameo = 'x';
  broken.events[1].date = '2024-02-30';
  await openFile(page, 'broken.json', JSON.stringify(broken));

  const dialog = page.getByRole('dialog', { name: 'This file cannot be shown' });
  await expect(dialog).toContainText('broken.json has 2 problems:');
  await expect(dialog.getByRole('listitem')).toHaveText([
    'events[0].cameo: a CAMEO code of 3 or 4 digits',
    'events[1].date: not a real calendar date from 1900 to 2100',
  ]);
  await expect(dialog).toContainText('The story on screen stays as it was');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(counts(page)).toHaveText(before!);
  await expect(page).toHaveURL(/actor=petro/);

  await openFile(page, 'notes.json', 'not json');
  await expect(page.getByRole('dialog', { name: 'This file cannot be shown' })).toContainText(
    'the dataset is not valid JSON',
  );
});

test('a ?data= link loads a dataset from another address and names its origin', async ({ page }) => {
  await serve(page, DATA_URL, feudText);
  await open(page, `data=${encodeURIComponent(DATA_URL)}&topic=fishing`);

  await expect(banner(page)).toContainText('comes from feuds.example, not from Rift Tracker');
  await expect(counts(page)).toHaveText('2 of 3 events · 1 of 1 quotes');
  await chooseActors(page, ['Mira Oduya']);
  await expect(counts(page)).toHaveText('0 of 3 events · 0 of 1 quotes');
  await expect(page).toHaveURL(/data=https:\/\/feuds\.example\/aldoria-belmar\.json/);

  await banner(page).getByRole('button', { name: 'Back to the bundled story' }).click();
  await expect(counts(page)).toHaveText(bundledCounts);
  await expect(page).not.toHaveURL(/data=/);
});

test('a ?data= link to a broken dataset lists its problems and offers the bundled story', async ({
  page,
}) => {
  await serve(page, DATA_URL, JSON.stringify({ ...feud, updated: '2024-13-01' }));
  await page.goto(`./?data=${encodeURIComponent(DATA_URL)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dataset has 1 problem');
  await expect(alert.getByRole('listitem')).toHaveText([
    'updated: not a real calendar date from 1900 to 2100',
  ]);
  await alert.getByRole('button', { name: 'Back to the bundled story' }).click();
  await expect(counts(page)).toHaveText(bundledCounts);
});

test('a ?data= link over plain http to another host is ignored with a notice', async ({ page }) => {
  let fetched = false;
  await page.route('http://feuds.example/**', (route) => {
    fetched = true;
    return route.abort();
  });
  await open(page, 'data=http://feuds.example/f.json');
  await expect(page.getByRole('status').filter({ hasText: 'http://feuds.example/f.json' })).toBeVisible();
  await expect(counts(page)).toHaveText(bundledCounts);
  await expect(page).not.toHaveURL(/data=/);
  expect(fetched).toBe(false);
});

test('hostile text renders as text and javascript: links are refused', async ({ page }) => {
  const alerts: string[] = [];
  page.on('dialog', (d) => {
    alerts.push(d.message());
    void d.dismiss();
  });
  const hostile = structuredClone(feud);
  const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  hostile.title.en = `Feud ${markup}`;
  hostile.events[0].title.en = `Boats ${markup}`;
  hostile.actors[1].name = `Mira <b>Oduya</b>`;
  await serve(page, DATA_URL, JSON.stringify(hostile));
  await open(page, `data=${encodeURIComponent(DATA_URL)}`);

  await expect(page.getByText(`Boats ${markup}`).first()).toBeVisible();
  await expect(banner(page)).toContainText(`Feud ${markup}`);
  await expect(page.locator('main img[src="x"], main script, main b')).toHaveCount(0);

  // A link to a script in the data breaks the contract: refused, with its path.
  hostile.sources[0].url = 'javascript:alert(3)';
  await openFile(page, 'links.json', JSON.stringify(hostile));
  await expect(
    page.getByRole('dialog', { name: 'This file cannot be shown' }).getByRole('listitem'),
  ).toHaveText([/^sources\[0\]\.url: /]);
  expect(alerts).toEqual([]);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
});
