/** Pure selectors: every panel asks these for what the view shows. */
import type { Event, Quote } from './schema';
import type { IndexedDataset } from './indexed-dataset';
import type { MonthRange, ViewState } from '@/view-state/defaults';
import { matchesAll, searchTerms } from '@/lib/text-search';

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
    matchesAll(terms, [e.title.en, e.title.es, e.summary.en, e.summary.es])
  );
}

/** Quotes spoken by a chosen actor, in the month range, on a chosen topic, matching the words. */
export function quoteMatches(q: Quote, f: Filters, terms = searchTerms(f.q)): boolean {
  return (
    anyOf(f.actor, [q.speaker]) &&
    inRange(q.date, q.date, f.month) &&
    anyOf(f.topic, q.topics) &&
    matchesAll(terms, quoteSearchTexts(q))
  );
}

/** The words a quote search looks in, in both languages: as said, the original, the Spanish, the printed variants. */
export const quoteSearchTexts = (q: Quote): Array<string | undefined> => [
  q.text,
  q.original,
  q.spanish?.text,
  ...(q.reportedWordings ?? []).map((w) => w.excerpt),
];

export function selectEvents(d: IndexedDataset, f: Filters): Event[] {
  const terms = searchTerms(f.q);
  return d.events.filter((e) => eventMatches(e, f, terms));
}

/** Filtered quotes, oldest first; the selected event's quotes come first. */
export function selectQuotes(d: IndexedDataset, f: Filters & { event?: string | null }): Quote[] {
  const terms = searchTerms(f.q);
  const quotes = d.quotes.filter((q) => quoteMatches(q, f, terms));
  if (!f.event) return quotes;
  return [...quotes.filter((q) => q.event === f.event), ...quotes.filter((q) => q.event !== f.event)];
}
