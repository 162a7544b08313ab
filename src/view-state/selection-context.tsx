/**
 * The events and quotes the view selects, computed once from the deferred view (useView) for every
 * panel: the lists, the timeline, the charts and the Download menu all read the same selection.
 * The events list alone reads the events of the controls' view (useControlsEvents), so it paints in
 * the input's own frame; both come from one cache, so they are the same array once the view settles.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useDataset } from '@/data/dataset-context';
import type { Event, Quote } from '@/data/schema';
import { eventQuotesFirst, selectEvents, selectQuotes } from '@/data/select';
import type { ViewState } from './defaults';
import { useControlsPick, useView } from './view-context';

export type Selection = { events: readonly Event[]; quotes: readonly Quote[] };
/** Exported for AfterPaint (after-paint.tsx), which hands a subtree the selection one painted frame late. */
export const SelectionContext = createContext<Selection | null>(null);

type Filters = Pick<ViewState, 'actor' | 'month' | 'topic' | 'q'>;
/** The last few selections per list of events, by their filters (a selection is never changed). */
const recent = new WeakMap<readonly Event[], Map<string, Event[]>>();
const KEEP = 4;

/** selectEvents, giving the same array for the same filters while they are among the last few asked. */
export function sharedEvents(dataset: Parameters<typeof selectEvents>[0], f: Filters): Event[] {
  const key = JSON.stringify([f.actor, f.month, f.topic, f.q]);
  let cache = recent.get(dataset.events);
  if (!cache) recent.set(dataset.events, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
  const events = selectEvents(dataset, f);
  cache.set(key, events);
  if (cache.size > KEEP) cache.delete(cache.keys().next().value!);
  return events;
}

/** The events of `view`'s filters, kept while they stay the same (selecting an event keeps them). */
function useEventsOf(view: Filters): Event[] {
  const dataset = useDataset();
  const { actor, month, topic, q } = view;
  return useMemo(() => sharedEvents(dataset, { actor, month, topic, q }), [dataset, actor, month, topic, q]);
}

export function SelectionProvider({ children }: { children: ReactNode }) {
  const dataset = useDataset();
  const view = useView();
  const { actor, month, topic, q, event } = view;
  // Keyed on the filters themselves, so selecting an event does not rebuild the event list.
  const events = useEventsOf(view);
  // Selecting an event only moves its quotes first: the filtering is not done again.
  const filtered = useMemo(
    () => selectQuotes(dataset, { actor, month, topic, q }),
    [dataset, actor, month, topic, q],
  );
  const quotes = useMemo(() => eventQuotesFirst(filtered, event), [filtered, event]);
  const value = useMemo(() => ({ events, quotes }), [events, quotes]);
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

export function useSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error('useSelection is used outside <SelectionProvider>');
  return selection;
}

/**
 * The events of the view as of this input (the controls' view), not the deferred one: for the
 * events list, which paints in the input's own frame while the other panels follow.
 */
export function useControlsEvents(): readonly Event[] {
  return useEventsOf(useControlsPick('actor', 'month', 'topic', 'q'));
}
