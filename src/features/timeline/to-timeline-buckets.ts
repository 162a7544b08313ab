/**
 * Scale: when more events fall in the visible stretch than a timeline can lay out smoothly,
 * they are drawn as one bar per lane and period ("37 events"), which zooms in when chosen.
 * Pure; O(n) in the number of events.
 */
import type { Event } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { DayWindow, Lang } from '@/view-state/defaults';
import { DAY_MS as DAY, nextMonthStart } from '@/lib/dates';
import {
  sideOf,
  toTimelineItems,
  type KindWord,
  type Lanes,
  type TimelineItemSpec,
} from './to-timeline-items';

/** Above this many events in view, draw buckets instead of items. */
export const MAX_ITEMS = 400;

/**
 * Wider than this many days (the whole story), only key moments carry a label; the others are
 * marks whose labels appear as the reader zooms in.
 */
export const OVERVIEW_DAYS = 200;
export const BUCKET_PREFIX = 'bucket|';

type Grain = 'month' | 'week' | 'day';
const grainFor = (spanDays: number): Grain => (spanDays > 240 ? 'month' : spanDays > 45 ? 'week' : 'day');

function bucketOf(date: string, grain: Grain): { start: string; end: string } {
  const t = Date.parse(`${date}T00:00:00Z`);
  if (grain === 'day') return { start: date, end: new Date(t + DAY).toISOString().slice(0, 10) };
  if (grain === 'week') {
    const monday = t - ((new Date(t).getUTCDay() + 6) % 7) * DAY;
    return {
      start: new Date(monday).toISOString().slice(0, 10),
      end: new Date(monday + 7 * DAY).toISOString().slice(0, 10),
    };
  }
  return { start: `${date.slice(0, 7)}-01`, end: nextMonthStart(date) };
}

export const isBucket = (id: string) => id.startsWith(BUCKET_PREFIX);
/** The stretch a bucket covers, to zoom into it. */
export const bucketWindow = (id: string): DayWindow => {
  const [, , start = '', end = ''] = id.split('|');
  return { start, end };
};

/** Items for the timeline: the events themselves, or buckets when too many are in view. */
export function toTimelineContent(
  events: readonly Event[],
  d: IndexedDataset,
  lang: Lang,
  lanes: Lanes,
  window: DayWindow,
  label: (count: number) => string,
  kindWord?: KindWord,
): TimelineItemSpec[] {
  const inView = events.filter((e) => (e.endDate ?? e.date) >= window.start && e.date < window.end);
  const spanDays = (Date.parse(window.end) - Date.parse(window.start)) / DAY;
  if (inView.length <= MAX_ITEMS) {
    const shown = events.length <= MAX_ITEMS ? events : inView;
    const items = toTimelineItems(shown, d, lang, lanes, kindWord);
    if (spanDays <= OVERVIEW_DAYS) return items;
    return items.map((item, i) =>
      shown[i]!.keyMoment ? item : { ...item, mark: true, className: `${item.className} tl-mark` },
    );
  }
  const grain = grainFor(spanDays);
  const buckets = new Map<string, { lane: string; start: string; end: string; count: number }>();
  for (const e of inView) {
    const lane = lanes === 'side' ? sideOf(e, d) : e.topics[0]!;
    const { start, end } = bucketOf(e.date, grain);
    const id = `${BUCKET_PREFIX}${lane}|${start}|${end}`;
    const b = buckets.get(id);
    if (b) b.count += 1;
    else buckets.set(id, { lane, start, end, count: 1 });
  }
  return [...buckets.entries()].map(([id, b]) => ({
    id,
    group: b.lane,
    start: `${b.start}T00:00:00.000Z`,
    end: `${b.end}T00:00:00.000Z`,
    type: 'range',
    className: 'tl-bucket',
    label: label(b.count),
    ariaLabel: `${label(b.count)}: ${b.start} – ${b.end}`,
    tooltip: { title: label(b.count), meta: `${b.start} – ${b.end}` },
  }));
}
