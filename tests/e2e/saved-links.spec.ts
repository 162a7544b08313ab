// Every saved link (tests/fixtures/saved-links.json) opens the view it was saved with. One test opens
// all of them in turn (a full page load each; the unit suite checks each link's parsing in detail).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { dataset } from './helpers';

type Saved = {
  name: string;
  link: string;
  canonical: string;
  view: { lang: 'en' | 'es'; event: string | null; embed: boolean };
  events: number;
  quotes: number;
};
/** A query string as a sorted list of decoded pairs, so order and encoding do not matter. */
const pairs = (search: string) => [...new URLSearchParams(search)].map(([k, v]) => `${k}=${v}`).sort();
const links = JSON.parse(readFileSync('tests/fixtures/saved-links.json', 'utf8')) as Saved[];

test(`all ${links.length} saved links open the view they were saved with`, async ({ page }) => {
  // One page load per link: the test's time budget grows with the list.
  test.setTimeout(links.length * 20_000);
  for (const l of links)
    await test.step(l.name, async () => {
      await page.goto(l.link ? `./?${l.link}` : './');
      const counts = page.getByTestId('result-counts');
      const text =
        l.view.lang === 'es'
          ? `${l.events} de ${dataset.events.length} hechos · ${l.quotes} de ${dataset.quotes.length} citas`
          : `${l.events} of ${dataset.events.length} events · ${l.quotes} of ${dataset.quotes.length} quotes`;
      // The first paint waits for the dataset, which a loaded machine can take long to validate.
      await expect(counts).toHaveText(text, { timeout: 45_000 });
      await expect(page.locator('html')).toHaveAttribute('lang', l.view.lang);
      await expect.poll(() => pairs(new URL(page.url()).search)).toEqual(pairs(l.canonical));
      const detail = page.getByTestId('event-detail');
      if (l.view.event) {
        const title = dataset.events.find((e) => e.id === l.view.event)!.title[l.view.lang];
        await expect(detail.getByRole('heading', { level: 2 })).toHaveText(title);
      } else await expect(detail).toHaveCount(0);
      const fullView = page.getByRole('link', { name: /Open full view|Abrir vista completa/ });
      if (l.view.embed) {
        await expect(fullView).toBeVisible();
        await expect(page.getByRole('region', { name: /Filters|Filtros/ })).toHaveCount(0);
      } else await expect(fullView).toHaveCount(0);
    });
});
