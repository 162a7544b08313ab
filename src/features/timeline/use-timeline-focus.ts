/**
 * The timeline's keyboard: which item is current (only keyboard focus picks one), arrows, Home and
 * End move it, Enter or Space opens it, + and - zoom; focus coming back returns to the last item.
 */
import { useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import type { Event } from '@/data/schema';
import type { SetView } from '@/view-state/use-view-state';
import type { TimelineController } from '@/features/timeline/timeline-controller';
import { neighbour } from '@/features/timeline/to-timeline-items';

const KEY_STEPS: Record<string, 1 | -1 | 'first' | 'last'> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  Home: 'first',
  End: 'last',
};

export function useTimelineFocus(
  events: readonly Event[],
  selected: string | null,
  setView: SetView,
  controller: RefObject<TimelineController | null>,
) {
  const [focusId, setFocusId] = useState<string | null>(null);
  // The item the keyboard was on when focus left: focus coming back (Escape from the detail) returns there.
  const lastFocus = useRef<string | null>(null);
  // A click focuses the timeline too; only keyboard focus picks a current item.
  const byPointer = useRef(false);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = KEY_STEPS[e.key];
    if (step !== undefined) {
      e.preventDefault();
      setFocusId(neighbour(events, focusId ?? selected, step));
    } else if ((e.key === 'Enter' || e.key === ' ') && focusId) {
      e.preventDefault();
      void setView({ event: focusId });
    } else if (e.key === '+' || e.key === '=') controller.current?.zoom('in');
    else if (e.key === '-') controller.current?.zoom('out');
  };
  const onPointerDown = () => (byPointer.current = true);
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const pointer = byPointer.current;
    byPointer.current = false;
    if (pointer || e.target !== e.currentTarget || focusId) return;
    const back = lastFocus.current && events.some((ev) => ev.id === lastFocus.current);
    setFocusId(back ? lastFocus.current : (selected ?? events[0]?.id ?? null));
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (e.currentTarget.contains(e.relatedTarget)) return;
    lastFocus.current = focusId;
    setFocusId(null);
  };

  return { focusId, handlers: { onKeyDown, onPointerDown, onFocus, onBlur } };
}
