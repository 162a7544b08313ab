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
/** The last few selections per list of items, by their filters (a selection is never changed). */
const recent = new WeakMap<readonly object[], Map<string, readonly object[]>>();
const KEEP = 4;

/** `select`, giving the same array for the same filters while they are among the last few asked. */
function shared<T extends object>(items: readonly T[], f: Filters, select: () => T[]): T[] {
  const key = JSON.stringify([f.actor, f.month, f.topic, f.q]);
  let cache = recent.get(items);
  if (!cache) recent.set(items, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit as T[];
  const selected = select();
  cache.set(key, selected);
  if (cache.size > KEEP) cache.delete(cache.keys().next().value!);
  return selected;
}
type Data = Parameters<typeof selectEvents>[0] & Parameters<typeof selectQuotes>[0];
/** selectEvents, shared by the panels drawing the controls' view and those drawing the deferred one. */
export const sharedEvents = (d: Data, f: Filters): Event[] => shared(d.events, f, () => selectEvents(d, f));
/** selectQuotes without a selected event, shared the same way. */
export const sharedQuotes = (d: Data, f: Filters): Quote[] => shared(d.quotes, f, () => selectQuotes(d, f));

/** The events and the quotes (no event first) of these filters, kept while the filters stay the same. */
function useSelectedBy(f: Filters): { events: Event[]; quotes: Quote[] } {
  const dataset = useDataset();
  const { actor, month, topic, q } = f;
  return useMemo(() => {
    const filters = { actor, month, topic, q };
    return { events: sharedEvents(dataset, filters), quotes: sharedQuotes(dataset, filters) };
  }, [dataset, actor, month, topic, q]);
}

export function SelectionProvider({ children }: { children: ReactNode }) {
  const view = useView();
  // Keyed on the filters themselves: selecting an event does not filter again, it only moves the
  // event's quotes first.
  const { events, quotes: filtered } = useSelectedBy(view);
  const quotes = useMemo(() => eventQuotesFirst(filtered, view.event), [filtered, view.event]);
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
  return useSelectedBy(useControlsPick('actor', 'month', 'topic', 'q')).events;
}

/**
 * How many events and quotes the controls' view selects: for the counts beside the filters, which
 * change in the input's own frame with the events list (on a phone they are what the reader sees).
 */
export function useControlsCounts(): { events: number; quotes: number } {
  const { events, quotes } = useSelectedBy(useControlsPick('actor', 'month', 'topic', 'q'));
  return { events: events.length, quotes: quotes.length };
}
