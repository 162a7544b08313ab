/**
 * The key moments a reader steps through: the events the data marks `keyMoment`, in date order, each
 * with the quote that captures it and what came next. Pure: everything comes from the dataset.
 */
import type { Event, Quote } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';

export type KeyMoment = {
  event: Event;
  /**
   * A quote tied to the event, its actors' words first; else the first quote of a later event of the
   * same day on a shared topic (a reply); none when the data holds neither.
   */
  quote?: Quote;
  /** The next event in the data that shares a topic and involves one of this event's targets or actors. */
  next?: Event;
};

type Data = Pick<IndexedDataset, 'events' | 'quotesByEvent'>;

function pickQuote(event: Event, quotes: readonly Quote[]): Quote | undefined {
  return quotes.find((q) => event.actors.includes(q.speaker)) ?? quotes[0];
}

function sameDayQuote(event: Event, data: Data, from: number): Quote | undefined {
  const topics = new Set(event.topics);
  for (let i = from + 1; i < data.events.length && data.events[i]!.date === event.date; i++) {
    const e = data.events[i]!;
    if (!e.topics.some((t) => topics.has(t))) continue;
    const quote = data.quotesByEvent.get(e.id)?.[0];
    if (quote) return quote;
  }
  return undefined;
}

function findNext(event: Event, events: readonly Event[], from: number): Event | undefined {
  const parties = new Set([...(event.targets ?? []), ...event.actors]);
  const topics = new Set(event.topics);
  for (let i = from + 1; i < events.length; i++) {
    const e = events[i]!;
    if (!e.topics.some((t) => topics.has(t))) continue;
    if ([...e.actors, ...(e.targets ?? [])].some((a) => parties.has(a))) return e;
  }
  return undefined;
}

export function keyMoments(data: Data): KeyMoment[] {
  const moments: KeyMoment[] = [];
  data.events.forEach((event, i) => {
    if (!event.keyMoment) return;
    moments.push({
      event,
      quote: pickQuote(event, data.quotesByEvent.get(event.id) ?? []) ?? sameDayQuote(event, data, i),
      next: findNext(event, data.events, i),
    });
  });
  return moments;
}

/** The step a link's `event` points at, or -1 when it is not a key moment. */
export function stepOf(moments: readonly KeyMoment[], eventId: string | null): number {
  return eventId ? moments.findIndex((m) => m.event.id === eventId) : -1;
}

/** How current the data is: the day it was last brought up to date and its latest event. */
export function dataCurrency(data: Pick<IndexedDataset, 'events' | 'updated'>) {
  const latest = data.events.reduce<string | undefined>(
    (max, e) => (max === undefined || e.date > max ? e.date : max),
    undefined,
  );
  return { updated: data.updated, latestEvent: latest };
}
