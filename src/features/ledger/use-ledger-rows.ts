/** The ledger's rows for the filtered events: in the chosen order, in groups, and summed up per side. */
import { useMemo } from 'react';
import type { Event } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { LedgerSort } from '@/view-state/defaults';
import { groupLedgerRows, toLedgerRows } from '@/features/ledger/to-ledger-rows';
import { summarizeLedger } from '@/features/ledger/ledger-summary';

export function useLedgerRows(events: readonly Event[], dataset: IndexedDataset, sort: LedgerSort) {
  const rows = useMemo(() => toLedgerRows(events, dataset), [events, dataset]);
  const topicOrder = useMemo(() => dataset.topics.map((x) => x.id), [dataset.topics]);
  const sideOrder = useMemo(() => dataset.sides.map((s) => s.id), [dataset.sides]);
  const groups = useMemo(
    () => groupLedgerRows(rows, sort, topicOrder, sideOrder),
    [rows, sort, topicOrder, sideOrder],
  );
  const ordered = useMemo(() => groups.flatMap((g) => g.rows), [groups]);
  const summaries = useMemo(() => summarizeLedger(rows, sideOrder), [rows, sideOrder]);
  return { rows, groups, ordered, summaries };
}
