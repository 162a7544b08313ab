/**
 * The one hook through which every panel reads and writes the view. The URL is the state:
 * nuqs keeps it in sync with the address bar; this hook cleans it against the dataset
 * (unknown ids never reach a panel) and writes back with push or replace.
 */
import { useCallback, useMemo } from 'react';
import { debounce, defaultRateLimit, useQueryStates } from 'nuqs';
import type { KnownIds } from './url-codec';
import { browserLang, type ViewState } from './defaults';
import { makeViewParsers } from './view-parsers';

export const viewParsers = makeViewParsers(browserLang());

/** Discrete choices push a history entry; continuous changes (typing, panning) replace it. */
export type WriteMode = 'push' | 'replace';
/** How a panel changes the view: a patch of the parameters it changes. */
export type SetView = (patch: Partial<ViewState>, mode?: WriteMode) => unknown;

export function cleanView(raw: ViewState, known: KnownIds): ViewState {
  const actor = raw.actor.filter((id) => known.actors.has(id));
  const topic = raw.topic.filter((id) => known.topics.has(id));
  const event = raw.event && known.events.has(raw.event) ? raw.event : null;
  return actor.length === raw.actor.length && topic.length === raw.topic.length && event === raw.event
    ? raw
    : { ...raw, actor, topic, event };
}

export function useViewState(known: KnownIds) {
  const [raw, setRaw] = useQueryStates(viewParsers, { history: 'push' });
  const view = useMemo(() => cleanView(raw as ViewState, known), [raw, known]);
  const setView = useCallback(
    (patch: Partial<ViewState>, mode: WriteMode = 'push') =>
      setRaw(patch, {
        history: mode,
        // Typing settles before the address bar changes; choices land at once.
        limitUrlUpdates: 'q' in patch && mode === 'replace' ? debounce(300) : defaultRateLimit,
      }),
    [setRaw],
  );
  return [view, setView] as const;
}
