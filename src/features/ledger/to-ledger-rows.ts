/**
 * The threat ledger's rows: one per threat in view (CAMEO 13x, or an ultimatum carrying an
 * `outcome`), with who threatened, what became of it and the days between; sorted and grouped
 * by date, side, topic or outcome. Pure.
 */
import type { Actor, Event, OutcomeStatus, ThreatOutcome } from '@/data/schema';
import { isThreat } from '@/data/threats';
import type { LedgerSort } from '@/view-state/defaults';

export type LedgerRow = {
  threat: Event;
  /** Country (ISO code) of whoever made the threat: its first actor. */
  side: string;
  /** The threat's first topic, the one it is grouped under. */
  topic: string;
  status: OutcomeStatus;
  outcome: ThreatOutcome | undefined;
  /** The event that carried out, suspended, withdrew or superseded it, where there is one. */
  outcomeEvent: Event | undefined;
  /** Whole days from the threat to its outcome; null while there is no dated outcome. */
  days: number | null;
};

export const STATUS_ORDER: readonly OutcomeStatus[] = [
  'carried-out',
  'partly-carried-out',
  'withdrawn',
  'suspended',
  'superseded',
  'pending',
  'unknown',
];
/** Sides in the order the ledger lists them; any other country follows, alphabetically. */
const SIDE_ORDER = ['US', 'CO'];

const DAY_MS = 86_400_000;
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

type Lookups = {
  actorById: ReadonlyMap<string, Pick<Actor, 'country'>>;
  eventById: ReadonlyMap<string, Event>;
};

export const isLedgerItem = (e: Event): boolean => isThreat(e) || e.outcome !== undefined;

export function toLedgerRows(events: readonly Event[], d: Lookups): LedgerRow[] {
  return events.filter(isLedgerItem).map((threat) => {
    const outcome = threat.outcome;
    return {
      threat,
      side: d.actorById.get(threat.actors[0] ?? '')?.country ?? '',
      topic: threat.topics[0] ?? '',
      status: outcome?.status ?? 'unknown',
      outcome,
      outcomeEvent: outcome?.event ? d.eventById.get(outcome.event) : undefined,
      days: outcome?.date ? daysBetween(threat.date, outcome.date) : null,
    };
  });
}

export type LedgerGroup = { key: string | null; rows: LedgerRow[] };

const rank = (order: readonly string[], key: string) => {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
};

/** The group a row falls in for a sort (null: one list by date). */
export function groupKey(row: LedgerRow, sort: LedgerSort): string | null {
  if (sort === 'side') return row.side;
  if (sort === 'topic') return row.topic;
  if (sort === 'outcome') return row.status;
  return null;
}

/**
 * Rows in groups for the sort: by date in one list, or grouped by side (US, then Colombia),
 * topic (in the dataset's topic order) or outcome (carried out first, unknown last), each
 * group by date.
 */
export function groupLedgerRows(
  rows: readonly LedgerRow[],
  sort: LedgerSort,
  topicOrder: readonly string[] = [],
): LedgerGroup[] {
  // A stable sort: threats of the same day keep the dataset's order.
  const byDate = [...rows].sort((a, b) => a.threat.date.localeCompare(b.threat.date));
  if (sort === 'date') return byDate.length ? [{ key: null, rows: byDate }] : [];
  const order = sort === 'side' ? SIDE_ORDER : sort === 'topic' ? topicOrder : STATUS_ORDER;
  const groups = new Map<string, LedgerRow[]>();
  for (const row of byDate) {
    const key = groupKey(row, sort) ?? '';
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => rank(order, a) - rank(order, b) || a.localeCompare(b))
    .map(([key, list]) => ({ key, rows: list }));
}
