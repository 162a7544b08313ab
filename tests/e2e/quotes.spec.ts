import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { open, quotesSection, expectParam } from './helpers';

type Localized = { en: string; es: string };
type Src = {
  id: string;
  publisher: string;
  title: string;
  url?: string;
  grade: 'A' | 'B' | 'C';
  origin: 'primary' | 'original' | 'copy';
  copyOf?: string;
};
type Quote = {
  id: string;
  date: string;
  datePrecision: string;
  speaker: string;
  text: string;
  original?: string;
  translatedFrom?: string;
  event?: string;
  context: Localized;
  citations: { source: string }[];
  reportedWordings?: { source: string; excerpt: string }[];
};
const data = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as {
  quotes: Quote[];
  actors: { id: string; name: string; role: Localized }[];
  sources: Src[];
  events: { id: string; title: Localized }[];
};

const card = (page: Page, id: string) => quotesSection(page).locator(`li[data-quote-id="${id}"] article`);
const quoteCount = (page: Page) => page.getByTestId('quotes-count');
const dayEn = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

const trumpOct = data.quotes.filter((q) => q.speaker === 'trump' && q.date.startsWith('2025-10'));

test('?actor=trump&month=2025-10 shows only Trump’s October 2025 quotes', async ({ page }) => {
  expect(trumpOct.length).toBeGreaterThan(0);
  await open(page, 'actor=trump&month=2025-10');
  await expect(quoteCount(page)).toHaveText(`${trumpOct.length} of ${data.quotes.length} quotes`);
  const articles = quotesSection(page).getByRole('article');
  await expect(articles).toHaveCount(trumpOct.length);
  for (const article of await articles.all())
    await expect(article).toHaveAccessibleName(/^Quote by Donald Trump, \d+ Oct 2025$/);
  await expect(quotesSection(page).locator('li[data-quote-id]')).toHaveCount(trumpOct.length);
  for (const q of trumpOct) await expect(card(page, q.id)).toBeVisible();
});

test('a search marks the words and narrows the list', async ({ page }) => {
  await open(page);
  await expect(quoteCount(page)).toHaveText(`${data.quotes.length} of ${data.quotes.length} quotes`);
  await page.getByLabel('Search words').fill('COCAINE');
  const matching = data.quotes.filter((q) =>
    [q.text, q.original, ...(q.reportedWordings ?? []).map((w) => w.excerpt)].some((t) =>
      t?.toLowerCase().includes('cocaine'),
    ),
  );
  expect(matching.length).toBeGreaterThan(0);
  expect(matching.length).toBeLessThan(data.quotes.length);
  await expect(quoteCount(page)).toHaveText(`${matching.length} of ${data.quotes.length} quotes`);
  await expect(quotesSection(page).getByRole('article')).toHaveCount(matching.length);
  const marks = quotesSection(page).locator('mark');
  await expect(marks.first()).toHaveText(/^cocaine$/i);
  for (const article of await quotesSection(page).getByRole('article').all())
    await expect(article.locator('mark').first()).toHaveText(/^cocaine$/i);
});

test('"Show event" selects the quote’s event: the link and the detail panel', async ({ page }) => {
  const q = trumpOct.find((x) => x.event)!;
  const event = data.events.find((e) => e.id === q.event)!;
  await open(page, 'actor=trump&month=2025-10');
  await card(page, q.id).getByRole('button', { name: 'Show event' }).click();
  await expect(page).toHaveURL(new RegExp(`event=${event.id}`));
  await expectParam(page, 'actor', 'trump');
  const detail = page.getByTestId('event-detail');
  await expect(detail).toBeVisible();
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(event.title.en);
  await expect(card(page, q.id)).toContainText('From the selected event');
});

test('the copy buttons put the citation and the event link on the clipboard', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const q = data.quotes.find((x) => x.id === 'q-trump-thug') ?? trumpOct.find((x) => !x.translatedFrom)!;
  const speaker = data.actors.find((a) => a.id === q.speaker)!;
  const differing = new Set((q.reportedWordings ?? []).map((w) => w.source));
  // Only the best source that printed the words as said: a primary statement, then grade A, B, C.
  const rank = (s: Src) =>
    s.origin === 'primary' ? 0 : { A: 1, B: 3, C: 5 }[s.grade] + (s.origin === 'copy' ? 1 : 0);
  const best = [...new Set(q.citations.map((c) => c.source))]
    .filter((id) => !differing.has(id))
    .map((id) => data.sources.find((s) => s.id === id)!)
    .sort((a, b) => rank(a) - rank(b))[0]!;
  const name = best.origin === 'copy' ? `${best.copyOf}, via ${best.publisher}` : best.publisher;
  const expected = `“${q.text}” — ${speaker.name}, ${speaker.role.en}, ${dayEn(q.date)} (${[name, best.title, best.url].filter(Boolean).join(', ')})`;

  await open(page, 'actor=trump');
  const target = card(page, q.id);
  await target.getByRole('button', { name: 'Copy quote with citation' }).click();
  await expect(target.getByRole('status')).toHaveText(/Quote and citation copied/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

  await target.getByRole('button', { name: 'Copy link to this event' }).click();
  await expect(target.getByRole('status')).toHaveText(/Link to the event copied/);
  const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(link.searchParams.get('event')).toBe(q.event);
  expect(link.searchParams.get('actor')).toBe('trump');
  await context.close();
});

test('?lang=es shows the quotes in Spanish, with Spanish context', async ({ page }) => {
  await open(page, 'lang=es');
  await expect(quoteCount(page)).toHaveText(`${data.quotes.length} de ${data.quotes.length} citas`);
  const first = data.quotes[0]!;
  await expect(card(page, first.id)).toContainText(first.context.es);
  await expect(card(page, first.id)).not.toContainText(first.context.en);
  await expect(quotesSection(page).getByRole('group', { name: 'Orden' })).toBeVisible();
});

test('the original-wording toggle shows the original, and a differing printed wording is shown with its source', async ({
  page,
}) => {
  const q = data.quotes.find((x) => x.original && x.translatedFrom === 'es')!;
  await open(page);
  const target = card(page, q.id);
  await expect(target.locator('blockquote')).toContainText(q.text.replace(/…$/, ''));
  await target.getByRole('button', { name: 'Show original (Spanish)' }).click();
  await expect(target.locator('blockquote')).toHaveText(`“${q.original}”`);
  await expect(target.locator('blockquote')).toHaveAttribute('lang', 'es');
  await target.getByRole('button', { name: 'Show translation (English)' }).click();
  await expect(target.locator('blockquote')).toHaveText(`“${q.text}”`);

  const r = data.quotes.find((x) => x.reportedWordings?.length)!;
  const printed = r.reportedWordings![0]!;
  const reported = card(page, r.id);
  await expect(reported).toContainText('A source printed different words');
  await expect(reported).toContainText(printed.excerpt);
  await expect(reported).toContainText(data.sources.find((s) => s.id === printed.source)!.publisher);
});
