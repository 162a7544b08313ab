/**
 * How a panel gets the view: from a provider, through hooks (as Plausible's dashboard does), not
 * through props. The URL is the one source; the provider reads it once (useViewState), keeps the
 * dropped values for the notice, and hands out:
 * - useView(): the view the panels draw, one beat behind the controls (React's deferred value),
 *   so every panel (and the Download menu) draws from the same consistent view;
 * - useControlsView(): the view as of this keystroke, for the controls that echo input (and
 *   useControlsPick(...keys) for the few parameters a control reads). It is a small store, not a
 *   context: a change re-renders only the components that read it, without React walking the whole
 *   page (charts, ledger, timeline) to look for them, which cost more than the controls' own render;
 * - useSetView(): the one way to change it (push for choices, replace for pans and typing). A patch
 *   that selects an event carries, in the same write, the timeline window that shows it
 *   (shown-window.ts): one history entry per selection, so one Back returns to the view before it.
 */
import {
  createContext,
  useCallback,
  useContext,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useDataset } from '@/data/dataset-context';
import type { ViewState } from './defaults';
import type { Ignored, KnownIds } from './url-codec';
import { settleAddress } from './settle-address';
import { useViewState, type SetView } from './use-view-state';
import { withRevealedWindow } from './shown-window';

/** Exported for AfterPaint (after-paint.tsx), which hands a subtree the view one painted frame late. */
export const ShownViewContext = createContext<ViewState | null>(null);
/** The controls' view, kept outside React's context (see useControlsView). */
type ViewStore = {
  get: () => ViewState;
  set: (view: ViewState) => void;
  subscribe: (listener: () => void) => () => void;
};
function createViewStore(initial: ViewState): ViewStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (view) => {
      if (view === current) return;
      current = view;
      listeners.forEach((listener) => listener());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
/** A store that follows `view`: its readers re-render in the same task, right after the commit. */
function useViewStore(view: ViewState): ViewStore {
  const [store] = useState(() => createViewStore(view));
  useLayoutEffect(() => store.set(view), [store, view]);
  return store;
}
const ControlsViewContext = createContext<ViewStore | null>(null);
const SetViewContext = createContext<SetView | null>(null);
const ReadViewContext = createContext<(() => ViewState) | null>(null);
const IgnoredContext = createContext<{ ignored: readonly Ignored[]; dismiss: () => void }>({
  ignored: [],
  dismiss: () => {},
});

const need = <T,>(value: T | null, hook: string): T => {
  if (value === null) throw new Error(`${hook} is used outside <ViewProvider>`);
  return value;
};
export const useView = (): ViewState => need(useContext(ShownViewContext), 'useView');
export function useControlsView(): ViewState {
  const store = need(useContext(ControlsViewContext), 'useControlsView');
  return useSyncExternalStore(store.subscribe, store.get);
}
/**
 * Only these parameters of the controls' view: the component re-renders when one of them changes,
 * not on a pan of the timeline or a change of another filter.
 */
export function useControlsPick<K extends keyof ViewState>(...keys: K[]): Pick<ViewState, K> {
  const store = need(useContext(ControlsViewContext), 'useControlsPick');
  const last = useRef<Pick<ViewState, K> | null>(null);
  const pick = () => {
    const view = store.get();
    const before = last.current;
    if (before && keys.every((k) => Object.is(before[k], view[k]))) return before;
    const picked = {} as Pick<ViewState, K>;
    for (const k of keys) picked[k] = view[k];
    return (last.current = picked);
  };
  return useSyncExternalStore(store.subscribe, pick);
}
export const useSetView = (): SetView => need(useContext(SetViewContext), 'useSetView');
/**
 * A stable function that reads the view at the moment it is called (for a link copied on click):
 * a panel that needs the view only then does not re-render on every change of it.
 */
export const useReadView = (): (() => ViewState) => need(useContext(ReadViewContext), 'useReadView');
/** The link values that were dropped when the page opened (or on Back/Forward), for the notice. */
export const useIgnoredParams = () => useContext(IgnoredContext);

type Props = { known: KnownIds; ignoredAtLoad?: readonly Ignored[]; children: ReactNode };

export function ViewProvider({ known, ignoredAtLoad = [], children }: Props) {
  const [view, write] = useViewState(known);
  const shown = useDeferredValue(view);
  const dataset = useDataset();
  // The latest view, read when a selection is written (setView stays the same function).
  const latest = useRef(view);
  useEffect(() => {
    latest.current = view;
  }, [view]);
  const setView = useCallback<SetView>(
    (patch, mode) => write(withRevealedWindow(patch, latest.current, dataset), mode),
    [write, dataset],
  );
  const [ignored, setIgnored] = useState<readonly Ignored[]>(ignoredAtLoad);
  useEffect(() => {
    // Unknown ids can only be told once the dataset is here: the address is settled again, in
    // one replaceState, to its final form (settle-address.ts).
    const check = () => {
      const found = settleAddress(known);
      if (found.length) setIgnored((before) => [...before, ...found]);
    };
    check();
    const onPopState = () => {
      setIgnored([]);
      check();
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [known]);
  const [notice] = useState(() => ({ dismiss: () => setIgnored([]) }));
  // A new value only when the notice changes: a new object each render would make React look
  // through the whole page for its readers on every change of the view.
  const ignoredValue = useMemo(() => ({ ignored, dismiss: notice.dismiss }), [ignored, notice]);
  const readView = useCallback(() => latest.current, []);
  const controls = useViewStore(view);
  return (
    <SetViewContext.Provider value={setView}>
      <ReadViewContext.Provider value={readView}>
        <ControlsViewContext.Provider value={controls}>
          <ShownViewContext.Provider value={shown}>
            <IgnoredContext.Provider value={ignoredValue}>{children}</IgnoredContext.Provider>
          </ShownViewContext.Provider>
        </ControlsViewContext.Provider>
      </ReadViewContext.Provider>
    </SetViewContext.Provider>
  );
}

/**
 * Below it, useView() gives the view as of this input (the controls' view) instead of the deferred
 * one: for a small panel that must paint in the input's own frame (the event detail), while the
 * lists and the rest draw the deferred view a beat later.
 */
export function UrgentView({ children }: { children: ReactNode }) {
  return <ShownViewContext.Provider value={useControlsView()}>{children}</ShownViewContext.Provider>;
}

/**
 * A view held by the caller instead of the address (unit tests, previews): the same hooks, fed
 * from props, with no link read or written.
 */
export function FixedViewProvider({
  view,
  setView,
  children,
}: {
  view: ViewState;
  setView: SetView;
  children: ReactNode;
}) {
  const readView = useCallback(() => view, [view]);
  const controls = useViewStore(view);
  return (
    <SetViewContext.Provider value={setView}>
      <ReadViewContext.Provider value={readView}>
        <ControlsViewContext.Provider value={controls}>
          <ShownViewContext.Provider value={view}>{children}</ShownViewContext.Provider>
        </ControlsViewContext.Provider>
      </ReadViewContext.Provider>
    </SetViewContext.Provider>
  );
}
