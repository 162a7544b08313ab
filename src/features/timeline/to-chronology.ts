/**
 * The phone's timeline: the events of the shown stretch in date order, grouped by month.
 * Pure; the stretch is the one the horizontal timeline would show for the same link.
 */
import type { Event } from '@/data/schema';
import type { DayWindow, Lang } from '@/view-state/defaults';

export type ChronologyMonth = { month: string; events: Event[] };
export type Chronology = {
  months: ChronologyMonth[];
  /** Events outside the stretch (the link's window), before and after it. */
  before: number;
  after: number;
  /** Events in the stretch not yet drawn (a page at a time). */
  more: number;
};

/** Whether an event (or its span) falls in a window of days (end exclusive). */
export const inWindow = (e: Pick<Event, 'date' | 'endDate'>, w: DayWindow) =>
  (e.endDate ?? e.date) >= w.start && e.date < w.end;

/**
 * Groups the events (already in date order) of the window by month, the first `limit` of them.
 * A selected event outside the window widens it to the whole story, as the horizontal timeline
 * moves to show it.
 */
export function toChronology(
  events: readonly Event[],
  window: DayWindow | null,
  selected: string | null,
  limit: number,
): Chronology {
  const outside = window && selected && events.some((e) => e.id === selected && !inWindow(e, window));
  const w = outside ? null : window;
  const shown = w ? events.filter((e) => inWindow(e, w)) : events;
  const before = w ? events.filter((e) => (e.endDate ?? e.date) < w.start).length : 0;
  const after = events.length - shown.length - before;
  const months: ChronologyMonth[] = [];
  for (const e of shown.slice(0, limit)) {
    const month = e.date.slice(0, 7);
    const last = months[months.length - 1];
    if (last?.month === month) last.events.push(e);
    else months.push({ month, events: [e] });
  }
  return { months, before, after, more: Math.max(0, shown.length - limit) };
}

const monthShort = (isoDay: string, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'es' ? 'es-CO' : 'en-GB', { month: 'short', timeZone: 'UTC' })
    .format(new Date(`${isoDay}T00:00:00Z`))
    .replace(/\.$/, '');
const dayOf = (isoDay: string) => String(Number(isoDay.slice(8, 10)));

/**
 * The date on the rail, under its month's heading: "26", "26–28", "30 – 2 Feb", "≈ 4" for an
 * approximate day, "≈ Sep" for a month-only date.
 */
export function railDate(e: Pick<Event, 'date' | 'endDate' | 'datePrecision'>, lang: Lang): string {
  if (e.datePrecision === 'month') return `≈ ${monthShort(e.date, lang)}`;
  const approx = e.datePrecision === 'approx' ? '≈ ' : '';
  const end = e.endDate && e.endDate > e.date ? e.endDate : null;
  if (!end) return `${approx}${dayOf(e.date)}`;
  if (end.slice(0, 7) === e.date.slice(0, 7)) return `${approx}${dayOf(e.date)}–${dayOf(end)}`;
  return `${approx}${dayOf(e.date)} – ${dayOf(end)} ${monthShort(end, lang)}`;
}
