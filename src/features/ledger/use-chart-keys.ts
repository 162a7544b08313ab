/** The chart's active row: arrows, Home and End move it, Enter or Space opens it. */
import { useState, type KeyboardEvent } from 'react';
import type { LedgerRow } from '@/features/ledger/to-ledger-rows';

export function useChartKeys(rows: readonly LedgerRow[], onSelect: (id: string) => void) {
  const [active, setActive] = useState<number | null>(null);
  const shown = active !== null ? rows[active] : undefined;

  const onKey = (e: KeyboardEvent) => {
    const last = rows.length - 1;
    const at = active ?? -1;
    const next: Record<string, number> = {
      ArrowDown: Math.min(last, at + 1),
      ArrowRight: Math.min(last, at + 1),
      ArrowUp: Math.max(0, at - 1),
      ArrowLeft: Math.max(0, at - 1),
      Home: 0,
      End: last,
    };
    if (e.key in next) {
      e.preventDefault();
      setActive(next[e.key]!);
    } else if ((e.key === 'Enter' || e.key === ' ') && shown) {
      e.preventDefault();
      onSelect(shown.threat.id);
    }
  };

  return { active, setActive, shown, onKey };
}
