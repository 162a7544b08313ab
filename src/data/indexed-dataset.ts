/** The validated dataset with look-ups by id, built once when it loads. */
import type { Actor, Dataset, Event, Quote, Source, Topic } from './schema';
import type { KnownIds } from './known-ids';

export type IndexedDataset = Dataset & {
  actorById: ReadonlyMap<string, Actor>;
  topicById: ReadonlyMap<string, Topic>;
  sourceById: ReadonlyMap<string, Source>;
  eventById: ReadonlyMap<string, Event>;
  /** Quotes of each event, oldest first. */
  quotesByEvent: ReadonlyMap<string, Quote[]>;
  /** Every month from the first to the last dated item, YYYY-MM. */
  months: string[];
  /** The date of the latest event or quote: how far the data reaches. */
  lastDate: string;
  known: KnownIds;
};

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((x) => [x.id, x]));

export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.slice(0, 7).split('-').map(Number) as [number, number];
  const end = last.slice(0, 7);
  for (let guard = 0; guard < 2400; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > end) break;
    months.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}

export function indexDataset(d: Dataset): IndexedDataset {
  const quotesByEvent = new Map<string, Quote[]>();
  for (const q of d.quotes)
    if (q.event) quotesByEvent.set(q.event, [...(quotesByEvent.get(q.event) ?? []), q]);
  const dates = [...d.events.map((e) => e.endDate ?? e.date), ...d.quotes.map((q) => q.date)].sort();
  const months = dates.length ? monthsBetween(dates[0]!, dates[dates.length - 1]!) : [];
  return {
    ...d,
    actorById: byId(d.actors),
    topicById: byId(d.topics),
    sourceById: byId(d.sources),
    eventById: byId(d.events),
    quotesByEvent,
    months,
    lastDate: dates[dates.length - 1] ?? d.updated,
    known: {
      actors: new Set(d.actors.map((a) => a.id)),
      topics: new Set(d.topics.map((t) => t.id)),
      events: new Set(d.events.map((e) => e.id)),
    },
  };
}
