/**
 * The tension index's worked example for the About section: one month and one direction, with the
 * events behind it and their weights, computed from the data with the index's own code (pure).
 */
import { tensionIndex, DIRECTIONS, type Direction, type WeightedEvent } from '@/data/tension-index';
import type { IndexedDataset } from '@/data/indexed-dataset';

export type WorkedExample = { month: string; direction: Direction; events: WeightedEvent[]; total: number };

import type { Actor, Event } from '@/data/schema';

type Data = { events: readonly Event[]; actorById: ReadonlyMap<string, Pick<Actor, 'country'>> };

/** The month of the first key moment (else the first event), in the direction with the most events. */
export function workedExample(data: Data): WorkedExample | null {
  const anchor = data.events.find((e) => e.keyMoment) ?? data.events[0];
  if (!anchor) return null;
  const month = anchor.date.slice(0, 7);
  const [point] = tensionIndex(data.events, data.actorById, [month], 'goldstein');
  if (!point) return null;
  const direction = DIRECTIONS.reduce((a, b) => (point[b].events.length > point[a].events.length ? b : a));
  const { events, value } = point[direction];
  return value === null ? null : { month, direction, events, total: value };
}

/** Coverage figures: counts and the first and last event dates. */
export function coverage(data: Pick<IndexedDataset, 'events' | 'quotes' | 'sources'>) {
  const dates = data.events.map((e) => e.date).sort();
  return {
    events: data.events.length,
    quotes: data.quotes.length,
    sources: data.sources.length,
    first: dates[0],
    last: dates[dates.length - 1],
  };
}
