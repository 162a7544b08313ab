/** Pure selectors: every panel asks these for what the view shows. */
import type { Event, Quote } from './schema';
import type { IndexedDataset } from './indexed-dataset';
import type { MonthRange, ViewState } from '@/view-state/defaults';
import { matchesAll, searchTerms } from '@/lib/text-search';
import { buildIndex, matchPositions, type ItemIndex } from './filter-index';
import { monthsBetween } from './indexed-dataset';

type Filters = Pick<ViewState, 'actor' | 'month' | 'topic' | 'q'>;

const month = (date: string) => date.slice(0, 7);
const inRange = (from: string, to: string, range: MonthRange | null) =>
  !range || (month(from) <= range.to && month(to) >= range.from);
const anyOf = (wanted: readonly string[], have: readonly string[] | undefined) =>
  wanted.length === 0 || (have ?? []).some((x) => wanted.includes(x));

/** Events in which a chosen actor acts or is acted upon, in the month range, on a chosen topic, matching the words. */
export function eventMatches(e: Event, f: Filters, terms = searchTerms(f.q)): boolean {
  return (
    anyOf(f.actor, [...e.actors, ...(e.targets ?? [])]) &&
    inRange(e.date, e.endDate ?? e.date, f.month) &&
    anyOf(f.topic, e.topics) &&
    matchesAll(terms, eventSearchTexts(e))
  );
}

/** The words an event search looks in: its title and summary in both languages. */
export const eventSearchTexts = (e: Event): Array<string | undefined> => [
  e.title.en,
  e.title.es,
  e.summary.en,
  e.summary.es,
];

/** The words a quote search looks in, in both languages: as said, the original, the Spanish, the printed variants. */
export const quoteSearchTexts = (q: Quote): Array<string | undefined> => [
  q.text,
  q.original,
  q.spanish?.text,
  ...(q.reportedWordings ?? []).map((w) => w.excerpt),
];

/** Quotes spoken by a chosen actor, in the month range, on a chosen topic, matching the words. */
export function quoteMatches(q: Quote, f: Filters, terms = searchTerms(f.q)): boolean {
  return (
    anyOf(f.actor, [q.speaker]) &&
    inRange(q.date, q.date, f.month) &&
    anyOf(f.topic, q.topics) &&
    matchesAll(terms, quoteSearchTexts(q))
  );
}

// Indexes are built on first use for each list of items (the dataset's arrays never change).
const indexes = new WeakMap<readonly object[], ItemIndex>();
function indexOf<T extends object>(items: readonly T[], build: () => ItemIndex): ItemIndex {
  let ix = indexes.get(items);
  if (!ix) indexes.set(items, (ix = build()));
  return ix;
}
const eventIndex = (events: readonly Event[]) =>
  indexOf(events, () =>
    buildIndex(events, (e) => ({
      actors: [...e.actors, ...(e.targets ?? [])],
      topics: e.topics,
      months: monthsBetween(e.date, e.endDate ?? e.date),
      texts: eventSearchTexts(e),
    })),
  );
const quoteIndex = (quotes: readonly Quote[]) =>
  indexOf(quotes, () =>
    buildIndex(quotes, (q) => ({
      actors: [q.speaker],
      topics: q.topics ?? [],
      months: [month(q.date)],
      texts: quoteSearchTexts(q),
    })),
  );
const query = (f: Filters) => ({ actor: f.actor, topic: f.topic, month: f.month, terms: searchTerms(f.q) });

export function selectEvents(d: Pick<IndexedDataset, 'events'>, f: Filters): Event[] {
  return matchPositions(eventIndex(d.events), query(f)).map((p) => d.events[p]!);
}

/** Filtered quotes, oldest first; the selected event's quotes come first. */
export function selectQuotes(
  d: Pick<IndexedDataset, 'quotes'>,
  f: Filters & { event?: string | null },
): Quote[] {
  const quotes = matchPositions(quoteIndex(d.quotes), query(f)).map((p) => d.quotes[p]!);
  return eventQuotesFirst(quotes, f.event);
}

/** The quotes with those of the selected event first (the same array when none is selected). */
export function eventQuotesFirst(quotes: Quote[], event: string | null | undefined): Quote[] {
  if (!event) return quotes;
  return [...quotes.filter((q) => q.event === event), ...quotes.filter((q) => q.event !== event)];
}
