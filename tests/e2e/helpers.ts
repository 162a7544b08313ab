import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** The bundled dataset, read the way a data editor sees it (for expected texts and counts). */
export const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as {
  events: {
    id: string;
    date: string;
    title: { en: string; es: string };
    actors: string[];
    targets?: string[];
    topics: string[];
  }[];
  quotes: { id: string; date: string; speaker: string; event?: string }[];
  actors: { id: string; name: string }[];
};
export const actorName = (id: string) => dataset.actors.find((a) => a.id === id)!.name;

/** Opens the app and waits until the story is on screen. */
export async function open(page: Page, query = '') {
  await page.goto(query ? `./?${query}` : './');
  // Fetching and validating the dataset is the slowest step of a page load: on a loaded 2-core
  // machine it can pass the usual 15 s, so the first paint of the story gets longer.
  await expect(page.getByTestId('result-counts')).toBeVisible({ timeout: 45_000 });
}

export const counts = (page: Page) => page.getByTestId('result-counts');
export const eventsSection = (page: Page) => page.getByRole('region', { name: /^(Events|Hechos)$/ });
export const quotesSection = (page: Page) => page.getByRole('region', { name: /^(Quotes|Citas)$/ });
export const eventTitles = (page: Page) => eventsSection(page).locator('h4 button');
export const search = (page: Page) => new URL(page.url()).searchParams;
/**
 * Waits until the address carries `value` for `key` (null: does not carry the key). nuqs writes the
 * address a beat after a click, so the address is read with toHaveURL's auto-waiting, never at once.
 */
export const expectParam = (page: Page, key: string, value: string | null) =>
  expect(page).toHaveURL((url) => url.searchParams.get(key) === value);

/** Chooses actors in the actor filter, then closes it. */
export async function chooseActors(page: Page, names: string[]) {
  await page.getByRole('button', { name: /^(Actors|Actores):/ }).click();
  for (const name of names) await page.getByRole('checkbox', { name: new RegExp(`^${name}`) }).check();
  await page.keyboard.press('Escape');
}

/** Chooses a month range by the selects' visible month names. */
export async function chooseMonths(page: Page, from: string, to: string) {
  await page.getByLabel(/^(From|Desde)$/).selectOption(from);
  await page.getByLabel(/^(To|Hasta)$/).selectOption(to);
}

/** A topic chip in the filter bar (the timeline's legend has buttons of the same names). */
export const topicChip = (page: Page, name: string) =>
  page.getByRole('group', { name: /^(Topics|Temas)$/ }).getByRole('button', { name, exact: true });
