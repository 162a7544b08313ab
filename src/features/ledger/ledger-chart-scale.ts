/** The chart's geometry: row sizes, the time axis and where a day or a month falls on it (x in percent). */
import { monthsBetween } from '@/data/indexed-dataset';
import type { LedgerRow } from '@/features/ledger/to-ledger-rows';

export const ROW = 18;
export const TOP = 4;
export const AXIS = 22;
export const PAD = 4; // percent of the width kept free on each side

const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The axis: from the first threat's month to the last outcome (or the data's date when one is open). */
export function timeDomain(rows: readonly LedgerRow[], updated: string): [string, string] {
  const dates = rows.flatMap((r) => [r.threat.date, ...(r.outcome?.date ? [r.outcome.date] : [])]);
  if (rows.some((r) => r.days === null)) dates.push(updated);
  const sorted = dates.sort();
  const first = `${sorted[0]!.slice(0, 7)}-01`;
  const last = sorted[sorted.length - 1]!;
  return [first, last > first ? last : `${first.slice(0, 7)}-28`];
}

export type ChartScale = {
  x: (day: string) => string;
  ticks: string[];
  height: number;
  anchor: (m: string) => 'start' | 'end' | 'middle';
  narrowLabel: (m: string) => boolean;
};

export function chartScale(rows: readonly LedgerRow[], updated: string): ChartScale {
  const [from, to] = timeDomain(rows, updated);
  const span = ms(to) - ms(from);
  const x = (day: string) => `${PAD + ((ms(day) - ms(from)) / span) * (100 - 2 * PAD)}%`;
  const months = monthsBetween(from, to);
  const step = Math.max(1, Math.ceil(months.length / 5));
  const ticks = months.filter((_, i) => i % step === 0);
  const height = TOP + rows.length * ROW + AXIS;
  const at = (m: string) => PAD + ((ms(`${m}-01`) - ms(from)) / span) * (100 - 2 * PAD);
  const anchor = (m: string) => (at(m) < 8 ? 'start' : at(m) > 92 ? 'end' : 'middle');
  // On a phone only every other label is drawn, so they do not run into each other.
  const narrowLabel = (m: string) => ticks.length <= 3 || ticks.indexOf(m) % 2 === 0;
  return { x, ticks, height, anchor, narrowLabel };
}
