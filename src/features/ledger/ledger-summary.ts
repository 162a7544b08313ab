/** Per side, what became of its threats: counts by outcome and the median days to an outcome. Pure. */
import type { OutcomeStatus } from '@/data/schema';
import { groupLedgerRows, type LedgerRow } from './to-ledger-rows';

export type SideSummary = {
  side: string;
  count: number;
  /** Threats per outcome, only the outcomes that occur. */
  byStatus: Partial<Record<OutcomeStatus, number>>;
  /** Median days from threat to outcome over the threats with a dated outcome; null if none. */
  medianDays: number | null;
  /** Median days for those carried out, fully or in part; null if none. */
  medianDaysCarriedOut: number | null;
};

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const days = (rows: readonly LedgerRow[]) => rows.flatMap((r) => (r.days === null ? [] : [r.days]));
const carried = (r: LedgerRow) => r.status === 'carried-out' || r.status === 'partly-carried-out';

export function summarizeLedger(rows: readonly LedgerRow[]): SideSummary[] {
  return groupLedgerRows(rows, 'side').map(({ key, rows: list }) => {
    const byStatus: Partial<Record<OutcomeStatus, number>> = {};
    for (const r of list) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    return {
      side: key ?? '',
      count: list.length,
      byStatus,
      medianDays: median(days(list)),
      medianDaysCarriedOut: median(days(list.filter(carried))),
    };
  });
}
