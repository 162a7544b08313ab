/**
 * The events and quotes the view selects, computed once from the deferred view (useView) for every
 * panel: the lists, the timeline, the charts and the Download menu all read the same selection.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useDataset } from '@/data/dataset-context';
import type { Event, Quote } from '@/data/schema';
import { selectEvents, selectQuotes } from '@/data/select';
import { useView } from './view-context';

export type Selection = { events: readonly Event[]; quotes: readonly Quote[] };
/** Exported for AfterPaint (after-paint.tsx), which hands a subtree the selection one painted frame late. */
export const SelectionContext = createContext<Selection | null>(null);

export function SelectionProvider({ children }: { children: ReactNode }) {
  const dataset = useDataset();
  const view = useView();
  const { actor, month, topic, q, event } = view;
  // Keyed on the filters themselves, so selecting an event does not rebuild the event list.
  const events = useMemo(
    () => selectEvents(dataset, { actor, month, topic, q }),
    [dataset, actor, month, topic, q],
  );
  const quotes = useMemo(
    () => selectQuotes(dataset, { actor, month, topic, q, event }),
    [dataset, actor, month, topic, q, event],
  );
  const value = useMemo(() => ({ events, quotes }), [events, quotes]);
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

export function useSelection(): Selection {
  const selection = useContext(SelectionContext);
  if (!selection) throw new Error('useSelection is used outside <SelectionProvider>');
  return selection;
}
