/** The view's filters in one place: which keys they are, whether any is on, clearing and toggling. */
import type { ViewState } from './defaults';

/** The parameters that narrow what the panels show (the rest choose how it is shown). */
export const FILTER_KEYS = ['actor', 'month', 'topic', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Pick<ViewState, FilterKey>;

/** True when any filter narrows the view (a query of only spaces narrows nothing). */
export const hasFilters = (f: Filters): boolean =>
  f.actor.length > 0 || f.month !== null || f.topic.length > 0 || f.q.trim() !== '';

/** How many filters are on, a month range and a query counting one each. */
export const activeFilterCount = (f: Filters): number =>
  f.actor.length + f.topic.length + (f.month ? 1 : 0) + (f.q.trim() ? 1 : 0);

/** The patch that clears every filter (and the timeline's window, which followed them). */
export const clearedFilters = (): Pick<ViewState, FilterKey | 'window'> => ({
  actor: [],
  month: null,
  topic: [],
  q: '',
  window: null,
});

/** The list with the id added, or removed when it was there. */
export const toggleId = (list: readonly string[], id: string): string[] =>
  list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
