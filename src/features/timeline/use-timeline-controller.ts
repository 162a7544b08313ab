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

export function useTimelineSync(
  controller: RefObject<TimelineController | null>,
  { events, dataset, lang, lanes, target, selected, focusId, t }: Synced,
) {
  useEffect(() => controller.current?.setLocale(lang), [controller, lang]);
  useEffect(() => {
    controller.current?.setGroups(toTimelineGroups(dataset, lang, lanes, t('lane.other')));
  }, [controller, dataset, lang, lanes, t]);
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
    [controller, events, dataset, lang, lanes, target, t],
  );
  useEffect(() => controller.current?.setWindow(target), [controller, target]);
  useEffect(() => controller.current?.select(selected), [controller, selected, events]);
  useEffect(() => controller.current?.setFocus(focusId), [controller, focusId, events]);
}
