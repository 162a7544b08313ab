/**
 * The tension index (shared/design/dataset.md): per month and per direction (US→CO, CO→US), the
 * events in which an actor of one country acts upon a target of the other, weighed by their Goldstein
 * weights (−10 hostile … +10 cooperative) or simply counted. Every point keeps the events behind it.
 */
import type { Actor, Event } from './schema';
import type { IndexMode } from '@/view-state/defaults';

export type Direction = 'US-CO' | 'CO-US';
export const DIRECTIONS: readonly Direction[] = ['US-CO', 'CO-US'];

export type WeightedEvent = { event: Event; weight: number };

export type DirectionPoint = {
  /** Goldstein sum or event count; null when no event of that direction is dated in the month (a gap). */
  value: number | null;
  /** Sum of the negative (hostile) weights, 0 when none; and of the positive (cooperative) ones. */
  hostile: number;
  cooperative: number;
  events: WeightedEvent[];
};

export type TensionMonth = { month: string } & Record<Direction, DirectionPoint>;

const PAIRS: Record<string, Direction> = { 'US>CO': 'US-CO', 'CO>US': 'CO-US' };

/** The directions an event has: from an actor's country to a target's country, US and Colombia only. */
export function eventDirections(
  e: Event,
  actorById: ReadonlyMap<string, Pick<Actor, 'country'>>,
): Direction[] {
  const found = new Set<Direction>();
  // Context (elections, global tariff law) is on the timeline but not a bilateral act.
  if (e.context) return [];
  for (const a of e.actors)
    for (const t of e.targets ?? []) {
      const d = PAIRS[`${actorById.get(a)?.country}>${actorById.get(t)?.country}`];
      if (d) found.add(d);
    }
  return DIRECTIONS.filter((d) => found.has(d));
}

/** Rounds away floating-point noise (−5.8 + −5 = −10.799999…) to the data's one decimal. */
const tidy = (n: number) => Math.round(n * 100) / 100;

/** One point per month of `months` (in order), from the given (already filtered) events. */
export function tensionIndex(
  events: readonly Event[],
  actorById: ReadonlyMap<string, Pick<Actor, 'country'>>,
  months: readonly string[],
  mode: IndexMode,
): TensionMonth[] {
  const byMonth = new Map<string, Record<Direction, WeightedEvent[]>>();
  for (const e of events) {
    const month = e.date.slice(0, 7);
    for (const d of eventDirections(e, actorById)) {
      const bucket = byMonth.get(month) ?? { 'US-CO': [], 'CO-US': [] };
      bucket[d].push({ event: e, weight: e.goldstein });
      byMonth.set(month, bucket);
    }
  }
  return months.map((month) => {
    const bucket = byMonth.get(month);
    const point = (d: Direction): DirectionPoint => {
      const list = [...(bucket?.[d] ?? [])].sort((a, b) => a.event.date.localeCompare(b.event.date));
      const hostile = tidy(list.reduce((s, w) => s + Math.min(w.weight, 0), 0));
      const cooperative = tidy(list.reduce((s, w) => s + Math.max(w.weight, 0), 0));
      const value = list.length === 0 ? null : mode === 'count' ? list.length : tidy(hostile + cooperative);
      return { value, hostile, cooperative, events: list };
    };
    return { month, 'US-CO': point('US-CO'), 'CO-US': point('CO-US') };
  });
}
