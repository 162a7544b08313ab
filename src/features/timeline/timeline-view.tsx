/** Mounts the timeline (vis-timeline, loaded in its own chunk) and wires it to the view. */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/data/dataset-context';
import { useSetView } from '@/view-state/view-context';
import { withRevealedWindow } from '@/view-state/shown-window';
import { itemDomId } from '@/features/timeline/timeline-item-content';
import { TimelineToolbar } from '@/features/timeline/timeline-toolbar';
import { TimelineLegend } from '@/features/timeline/timeline-legend';
import { storyBounds, windowForView } from '@/features/timeline/to-timeline-items';
import { useWheelHint, WheelHint } from '@/features/timeline/wheel-hint';
import { useTimelineController, useTimelineSync } from '@/features/timeline/use-timeline-controller';
import { useTimelineFocus } from '@/features/timeline/use-timeline-focus';
import { FocusedItem, TimelineHelp } from '@/features/timeline/timeline-notes';
import type { DrawnView } from '@/features/timeline/drawn-view';

export default function TimelineView({ events, view }: DrawnView) {
  const { t } = useTranslation('timeline');
  const dataset = useDataset();
  const setView = useSetView();
  const { lanes, lang } = view;
  const [hint, showHint] = useWheelHint();
  const bounds = useMemo(() => storyBounds(dataset), [dataset]);
  const target = useMemo(
    () => windowForView({ window: view.window, month: view.month }, dataset),
    [view.window, view.month, dataset],
  );
  const { container, controller } = useTimelineController(bounds, target, lang, setView, showHint);
  const { focusId, handlers } = useTimelineFocus(events, view.event, setView, controller);

  // A link whose event lies outside its window opens showing the event: the window is written
  // back once, in place (a selection made here arrives with its window already: shown-window.ts).
  useEffect(() => {
    if (!view.event) return;
    const { window } = withRevealedWindow({ event: view.event }, view, dataset);
    if (window) void setView({ window }, 'replace');
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, for the link the page opened with
  }, []);

  useTimelineSync(controller, { events, dataset, lang, lanes, target, selected: view.event, focusId, t });

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
          {...handlers}
        />
        <WheelHint shown={hint} />
      </div>
      <TimelineHelp hidden={dataset.events.length - events.length} />
      <FocusedItem focused={focusId ? dataset.eventById.get(focusId) : undefined} lang={lang} />
      <TimelineLegend />
      {events.length === 0 && (
        <p className="px-3 pb-3 text-sm text-slate-700" role="status">
          {t('empty')}
        </p>
      )}
    </div>
  );
}
