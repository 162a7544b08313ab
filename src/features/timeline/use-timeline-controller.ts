/**
 * The vis-timeline controller behind the timeline view: created once, then kept in step with the
 * view (language, lanes, items, window, selection, keyboard focus) through one effect each.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { TFunction } from 'i18next';
import type { Event } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { DayWindow, Lang, Lanes } from '@/view-state/defaults';
import type { SetView } from '@/view-state/use-view-state';
import { TimelineController } from '@/features/timeline/timeline-controller';
import { toTimelineContent } from '@/features/timeline/to-timeline-buckets';
import { toTimelineGroups } from '@/features/timeline/to-timeline-items';
import { whenIdle } from '@/lib/when-idle';

type Created = {
  container: RefObject<HTMLDivElement | null>;
  controller: RefObject<TimelineController | null>;
};

export function useTimelineController(
  bounds: DayWindow,
  target: DayWindow,
  lang: Lang,
  setView: SetView,
  showHint: () => void,
): Created {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<TimelineController | null>(null);
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

  return { container, controller };
}

type Synced = {
  events: readonly Event[];
  dataset: IndexedDataset;
  lang: Lang;
  lanes: Lanes;
  target: DayWindow;
  selected: string | null;
  focusId: string | null;
  t: TFunction<'timeline'>;
};
type Drawn = Omit<Synced, 'focusId'> & { controller: TimelineController };

/**
 * Keeps vis-timeline in step with the view. The lists have painted by the time the timeline sees a
 * view (useAfterPaint); its own work then waits for idle time, after the charts, in two pieces (the
 * items worked out, then handed to vis-timeline, which lays them out in its next frame), so an input
 * in between cancels what is left and the timeline catches up once, with the latest view. Only the
 * first draw and the keyboard's focus are applied at once.
 */
export function useTimelineSync(controller: RefObject<TimelineController | null>, synced: Synced) {
  const { events, dataset, lang, lanes, target, selected, focusId, t } = synced;
  const drawn = useRef<Drawn | null>(null);
  const focus = useRef(focusId);
  useEffect(() => {
    focus.current = focusId;
    controller.current?.setFocus(focusId);
  }, [controller, focusId]);
  useEffect(() => {
    const c = controller.current;
    if (!c) return;
    const next: Drawn = { controller: c, events, dataset, lang, lanes, target, selected, t };
    // What this controller last drew (a new one, after StrictMode's second mount, has drawn nothing).
    const before = drawn.current?.controller === c ? drawn.current : null;
    const itemsChanged =
      !before ||
      (['events', 'dataset', 'lang', 'lanes', 'target', 't'] as const).some((k) => before[k] !== next[k]);
    const items = () =>
      toTimelineContent(
        events,
        dataset,
        lang,
        lanes,
        target,
        (count) => t('bucket', { count }),
        (kind) => t(`translation:kind.${kind}`),
      );
    const apply = (specs: ReturnType<typeof items> | null) => {
      drawn.current = next;
      if (!before || before.lang !== lang) c.setLocale(lang);
      if (!before || (['dataset', 'lang', 'lanes', 't'] as const).some((k) => before[k] !== next[k]))
        c.setGroups(toTimelineGroups(dataset, lang, lanes, t('lane.other')));
      if (specs) c.setItems(specs);
      if (!before || before.target !== target) c.setWindow(target);
      if (specs || !before || before.selected !== selected) c.select(selected);
      if (specs && focus.current) c.setFocus(focus.current);
    };
    if (!before) return apply(items());
    if (!itemsChanged) return whenIdle(() => apply(null));
    let cancelApply = () => {};
    const cancelItems = whenIdle(() => {
      const specs = items();
      cancelApply = whenIdle(() => apply(specs));
    });
    return () => {
      cancelItems();
      cancelApply();
    };
  }, [controller, events, dataset, lang, lanes, target, selected, t]);
}
