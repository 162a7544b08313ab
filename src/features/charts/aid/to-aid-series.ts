/** US aid by fiscal year, one series per measure (pure); disputed or missing years break the line. */
import type { AidAmount } from '@/data/schema';

export type Measure = AidAmount['measure'];
export const MEASURES: readonly Measure[] = [
  'appropriated',
  'requested',
  'total-all-agencies',
  'obligated',
  'disbursed',
];

export type AidRow = {
  fy: number;
  entries: AidAmount[];
  /** The value on each measure's line: null when the year has no figure (a gap) or disputed ones. */
  line: Record<Measure, number | null>;
};
export type AidSeries = { rows: AidRow[]; measures: Measure[]; domain: [number, number] };

export function toAidSeries(amounts: readonly AidAmount[]): AidSeries {
  const years = amounts.map((a) => a.fiscalYear);
  const [lo, hi] = [Math.min(...years), Math.max(...years)];
  const measures = MEASURES.filter((m) => amounts.some((a) => a.measure === m));
  const rows: AidRow[] = [];
  for (let fy = lo; fy <= hi && amounts.length; fy++) {
    const entries = amounts.filter((a) => a.fiscalYear === fy);
    const line = Object.fromEntries(
      MEASURES.map((m) => {
        const of = entries.filter((a) => a.measure === m);
        return [m, of.length === 1 ? of[0]!.amountUsdMillions : null];
      }),
    ) as Record<Measure, number | null>;
    rows.push({ fy, entries, line });
  }
  return { rows, measures, domain: amounts.length ? [lo, hi] : [0, 0] };
}

/** Other figures reported for the same quantity (same `dispute` key). */
export const disputedWith = (amounts: readonly AidAmount[], a: AidAmount): AidAmount[] =>
  a.dispute ? amounts.filter((x) => x.dispute === a.dispute && x.id !== a.id) : [];

/** Years of a measure that have more than one figure: drawn as a range between them. */
export function disputedSpans(
  rows: readonly AidRow[],
): { fy: number; measure: Measure; lo: number; hi: number }[] {
  return rows.flatMap((r) =>
    MEASURES.flatMap((measure) => {
      const values = r.entries.filter((a) => a.measure === measure).map((a) => a.amountUsdMillions);
      return values.length > 1
        ? [{ fy: r.fy, measure, lo: Math.min(...values), hi: Math.max(...values) }]
        : [];
    }),
  );
}
