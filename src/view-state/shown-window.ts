/**
 * The stretch of days the timeline shows for a view, and the stretch that brings a selected event
 * into it. Pure: the timeline draws `windowForView`, and selecting an event writes the revealed
 * window in the same address change as the event (one history entry, so one Back undoes both).
 */
import { addDays, DAY_MS, nextMonthStart } from '@/lib/dates';
import type { Event } from '@/data/schema';
import type { DayWindow, ViewState } from './defaults';

/** What the window needs from the dataset: its events in date order and the day it is current to. */
type Story = { events: readonly Pick<Event, 'date' | 'endDate'>[]; updated: string };

// Worked out once per list of events (a selection asks it, and a long story makes it cost).
const bounds = new WeakMap<Story['events'], { updated: string; window: DayWindow }>();

/** The whole story with a little room on each side: the zoom-out limit and "fit all". */
export function storyBounds(d: Story): DayWindow {
  const known = bounds.get(d.events);
  if (known && known.updated === d.updated) return known.window;
  const first = d.events[0]?.date ?? d.updated;
  const last = d.events.reduce(
    (max, e) => ((e.endDate ?? e.date) > max ? (e.endDate ?? e.date) : max),
    first,
  );
  const window = { start: addDays(first, -14), end: addDays(last, 14) };
  bounds.set(d.events, { updated: d.updated, window });
  return window;
}

/** The stretch the timeline should show: the link's window, else the month filter's range, else everything. */
export function windowForView(view: Pick<ViewState, 'window' | 'month'>, d: Story): DayWindow {
  if (view.window) return view.window;
  if (view.month) return { start: `${view.month.from}-01`, end: nextMonthStart(`${view.month.to}-01`) };
  return storyBounds(d);
}

const days = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** Share of the stretch left before a revealed event, so its label (which runs right) is in view. */
const LEAD = 0.1;

/**
 * The stretch, of the same length (the zoom kept), that shows an event lying outside `shown`, with
 * the event a little inside its left edge and the stretch kept within `bounds`; null when the event
 * is already in view (its first day on or after the start, its last day before the end).
 */
export function revealWindow(
  shown: DayWindow,
  e: Pick<Event, 'date' | 'endDate'>,
  bounds: DayWindow,
): DayWindow | null {
  if (e.date >= shown.start && (e.endDate ?? e.date) < shown.end) return null;
  const span = days(shown.start, shown.end);
  if (span >= days(bounds.start, bounds.end)) return bounds;
  let start = addDays(e.date, -Math.round(span * LEAD));
  if (start < bounds.start) start = bounds.start;
  if (addDays(start, span) > bounds.end) start = addDays(bounds.end, -span);
  return { start, end: addDays(start, span) };
}

/**
 * A change of the view, completed for a selection: when the patch selects an event (and does not
 * set the window itself) that the shown stretch does not show, the window that reveals it is
 * written with it. Every other patch is returned as it is.
 */
export function withRevealedWindow(
  patch: Partial<ViewState>,
  view: Pick<ViewState, 'window' | 'month'>,
  d: Story & { eventById: ReadonlyMap<string, Pick<Event, 'date' | 'endDate'>> },
): Partial<ViewState> {
  if (!patch.event || 'window' in patch) return patch;
  const e = d.eventById.get(patch.event);
  if (!e) return patch;
  const window = revealWindow(
    windowForView({ window: view.window, month: patch.month !== undefined ? patch.month : view.month }, d),
    e,
    storyBounds(d),
  );
  return window ? { ...patch, window } : patch;
}
