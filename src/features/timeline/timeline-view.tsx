/** Mounts the timeline (vis-timeline, loaded in its own chunk) and wires it to the view. */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/data/dataset-context';
import { useSetView } from '@/view-state/view-context';
import { withRevealedWindow } from '@/view-state/shown-window';
import { TimelineController } from './timeline-controller';
import { itemDomId } from './timeline-item-content';
import { toTimelineContent } from './to-timeline-buckets';
import { TimelineToolbar } from './timeline-toolbar';
import { TimelineLegend } from './timeline-legend';
import { neighbour, storyBounds, toTimelineGroups, windowForView } from './to-timeline-items';
import { useWheelHint, WheelHint } from './wheel-hint';
import type { DrawnView } from './drawn-view';

const KEY_STEPS: Record<string, 1 | -1 | 'first' | 'last'> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  Home: 'first',
  End: 'last',
};

export default function TimelineView({ events, view }: DrawnView) {
  const { t } = useTranslation('timeline');
  const dataset = useDataset();
  const setView = useSetView();
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<TimelineController | null>(null);
  const lanes = view.lanes;
  const [focusId, setFocusId] = useState<string | null>(null);
  // The item the keyboard was on when focus left: focus coming back (Escape from the detail) returns there.
  const lastFocus = useRef<string | null>(null);
  // A click focuses the timeline too; only keyboard focus picks a current item.
  const byPointer = useRef(false);
  const [hint, showHint] = useWheelHint();
  const lang = view.lang;
  const bounds = useMemo(() => storyBounds(dataset), [dataset]);
  const target = useMemo(
    () => windowForView({ window: view.window, month: view.month }, dataset),
    [view.window, view.month, dataset],
  );
  // The controller's callbacks always reach the latest setView; it is created at the latest target.
  const setViewRef = useRef(setView);
  const targetRef = useRef(target);
  useEffect(() => {
    setViewRef.current = setView;
    targetRef.current = target;
  }, [setView, target]);

  // Create once (StrictMode mounts twice: the cleanup destroys the first).
  useEffect(() => {
    const c = new TimelineController(container.current!, bounds, targetRef.current, lang, {
      onSelect: (id) => void setViewRef.current({ event: id }),
      onWindow: (window) => void setViewRef.current({ window }, 'replace'),
      onPlainWheel: showHint,
    });
    controller.current = c;
    return () => {
      c.destroy();
      controller.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- language and texts update through their own effects
  }, [bounds]);

  // A link whose event lies outside its window opens showing the event: the window is written
  // back once, in place (a selection made here arrives with its window already: shown-window.ts).
  useEffect(() => {
    if (!view.event) return;
    const { window } = withRevealedWindow({ event: view.event }, view, dataset);
    if (window) void setView({ window }, 'replace');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, for the link the page opened with
  }, []);

  useEffect(() => controller.current?.setLocale(lang), [lang]);
  useEffect(() => {
    controller.current?.setGroups(toTimelineGroups(dataset, lang, lanes, t('lane.other')));
  }, [dataset, lang, lanes, t]);
  useEffect(
    () =>
      controller.current?.setItems(
        toTimelineContent(
          events,
          dataset,
          lang,
          lanes,
          target,
          (count) => t('bucket', { count }),
          (kind) => t(`translation:kind.${kind}`),
        ),
      ),
    [events, dataset, lang, lanes, target, t],
  );
  useEffect(() => controller.current?.setWindow(target), [target]);
  useEffect(() => controller.current?.select(view.event), [view.event, events]);
  useEffect(() => controller.current?.setFocus(focusId), [focusId, events]);

  const focused = focusId ? dataset.eventById.get(focusId) : undefined;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = KEY_STEPS[e.key];
    if (step !== undefined) {
      e.preventDefault();
      setFocusId(neighbour(events, focusId ?? view.event, step));
    } else if ((e.key === 'Enter' || e.key === ' ') && focusId) {
      e.preventDefault();
      void setView({ event: focusId });
    } else if (e.key === '+' || e.key === '=') controller.current?.zoom('in');
    else if (e.key === '-') controller.current?.zoom('out');
  };

  return (
    <div className="rounded-lg border border-slate-200 bg-white">
      <TimelineToolbar
        lanes={lanes}
        onLanes={(l) => void setView({ lanes: l })}
        onZoomIn={() => controller.current?.zoom('in')}
        onZoomOut={() => controller.current?.zoom('out')}
        onFit={() =>
          controller.current?.fit(
            view.month ? windowForView({ window: null, month: view.month }, dataset) : bounds,
          )
        }
      />
      <div className="relative">
        <div
          ref={container}
          className="rift-timeline min-h-56 touch-pan-y px-1"
          role="listbox"
          tabIndex={0}
          aria-label={t('label')}
          aria-describedby="timeline-help"
          aria-activedescendant={focusId ? itemDomId(focusId) : undefined}
          data-testid="timeline"
          onKeyDown={onKeyDown}
          onPointerDown={() => (byPointer.current = true)}
          onFocus={(e) => {
            const pointer = byPointer.current;
            byPointer.current = false;
            if (pointer || e.target !== e.currentTarget || focusId) return;
            const back = lastFocus.current && events.some((ev) => ev.id === lastFocus.current);
            setFocusId(back ? lastFocus.current : (view.event ?? events[0]?.id ?? null));
          }}
          onBlur={(e) => {
            if (e.currentTarget.contains(e.relatedTarget)) return;
            lastFocus.current = focusId;
            setFocusId(null);
          }}
        />
        <WheelHint shown={hint} />
      </div>
      <p id="timeline-help" className="px-3 pt-1 text-xs text-slate-600">
        {events.length < dataset.events.length && (
          <span className="mr-2 font-medium text-slate-800">
            {t('hidden', { count: dataset.events.length - events.length })}
          </span>
        )}
        {t('help')}
      </p>
      <p className="sr-only" aria-live="polite">
        {focused ? `${t('focused')}: ${focused.title[lang]}` : ''}
      </p>
      <TimelineLegend />
      {events.length === 0 && (
        <p className="px-3 pb-3 text-sm text-slate-700" role="status">
          {t('empty')}
        </p>
      )}
    </div>
  );
}
