/** For an empty result: how many quotes each active filter, dropped on its own, would bring back. */
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { ViewState } from '@/view-state/defaults';
import { selectQuotes } from '@/data/select';

export type FilterName = 'actor' | 'month' | 'topic' | 'q';
type Filters = Pick<ViewState, FilterName>;

/** The patch that drops one filter. */
export const dropFilter: Record<FilterName, Partial<Filters>> = {
  actor: { actor: [] },
  month: { month: null },
  topic: { topic: [] },
  q: { q: '' },
};

const isActive = (f: Filters, name: FilterName) =>
  name === 'month' ? f.month !== null : name === 'q' ? f.q.trim() !== '' : f[name].length > 0;

/** Each active filter with the number of quotes shown without it, in the filter bar's order. */
export function filterRelaxations(
  d: Pick<IndexedDataset, 'quotes'>,
  f: Filters,
): Array<{ filter: FilterName; count: number }> {
  return (['actor', 'month', 'topic', 'q'] as const)
    .filter((name) => isActive(f, name))
    .map((name) => {
      const relaxed = { ...f, ...dropFilter[name] };
      return { filter: name, count: selectQuotes(d, relaxed).length };
    });
}
