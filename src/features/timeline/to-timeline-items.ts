/**
 * Pure transforms from (dataset, view) to what the timeline draws: items, lanes and the window.
 * No DOM and no vis-timeline here; timeline-item-content.ts turns the text into DOM nodes.
 */
import { addDays, nextMonthStart } from '@/lib/dates';
import type { Event } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { DayWindow, Lang, Lanes } from '@/view-state/defaults';
import { formatSpan } from '@/lib/format';
import { actorNames } from '@/lib/actor-names';
import { eventKind, type EventKind } from '@/data/event-kind';

export type { Lanes };
/** A lane by side: one of the dataset's two sides (its country code), or `other`. */
export type Side = string;

export type TimelineItemSpec = {
  id: string;
  group: string;
  /** ISO date-times in UTC. A point sits at noon of its day. */
  start: string;
  end?: string;
  type: 'point' | 'range';
  className: string;
  /** The event's first topic, which colours the item (none for a bucket of events). */
  topic?: string;
  /** What kind of move the event is (threat, act, statement, cooperation), from its CAMEO code; none for a bucket. */
  kind?: EventKind;
  /** The text drawn on the timeline (the whole title; CSS wraps it between words). */
  label: string;
  /** Drawn as a mark only (its label appears on zooming in); the screen-reader name stays. */
  mark?: boolean;
  /** What a screen reader says: date, title, actors. */
  ariaLabel: string;
  /** The hover text: title, then date and actors. */
  tooltip: { title: string; meta: string };
};
export type TimelineGroupSpec = { id: string; label: string; order: number };

/** Titles are drawn whole up to this length (every title of the dataset fits); longer ones end at a word. */
const MAX_LABEL = 140;

/** The side an event belongs to: the country of its first actor, if it is one of the two sides, else other. */
export function sideOf(e: Event, d: Pick<IndexedDataset, 'actorById' | 'sides'>): Side {
  const country = d.actorById.get(e.actors[0]!)?.country;
  return d.sides.some((s) => s.id === country) ? country! : 'other';
}

/** The text cut at the last whole word that fits, with "…"; never mid-word (unless one word is longer than max). */
export function shortLabel(text: string, max = MAX_LABEL): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

const nextMonth = nextMonthStart;

/** The word for a kind of move in the reader's language ("Threat"), from the i18n catalog. */
export type KindWord = (kind: EventKind) => string;

export function toTimelineItem(
  e: Event,
  d: IndexedDataset,
  lang: Lang,
  lanes: Lanes,
  kindWord?: KindWord,
): TimelineItemSpec {
  const title = e.title[lang];
  const kind = eventKind(e.cameo);
  const when = formatSpan(e.date, e.endDate, e.datePrecision, lang);
  const who = [actorNames(e.actors, d, lang), e.targets?.length ? actorNames(e.targets, d, lang) : '']
    .filter(Boolean)
    .join(' → ');
  const inexact = e.datePrecision !== 'day';
  const classes = [
    `tl-topic-${e.topics[0]}`,
    `tl-kind-${kind}`,
    inexact && 'tl-inexact',
    e.keyMoment && 'tl-key',
  ].filter(Boolean);
  const word = kindWord?.(kind);

  // A month-only date covers its month; a span covers its days; anything else is a point.
  let start = `${e.date}T12:00:00.000Z`;
  let end: string | undefined;
  if (e.datePrecision === 'month') {
    start = `${e.date.slice(0, 7)}-01T00:00:00.000Z`;
    end = `${nextMonth(e.date)}T00:00:00.000Z`;
  } else if (e.endDate && e.endDate > e.date) {
    start = `${e.date}T00:00:00.000Z`;
    end = `${addDays(e.endDate, 1)}T00:00:00.000Z`;
  }
  return {
    id: e.id,
    group: lanes === 'side' ? sideOf(e, d) : e.topics[0]!,
    start,
    ...(end ? { end } : {}),
    type: end ? 'range' : 'point',
    className: classes.join(' '),
    topic: e.topics[0]!,
    kind,
    label: `${inexact ? '≈ ' : ''}${shortLabel(title)}`,
    ariaLabel: `${when}: ${title}. ${who}${word ? `. ${word}` : ''}`,
    tooltip: { title, meta: [word, when, who].filter(Boolean).join(' · ') },
  };
}

export function toTimelineItems(
  events: readonly Event[],
  d: IndexedDataset,
  lang: Lang,
  lanes: Lanes,
  kindWord?: KindWord,
) {
  return events.map((e) => toTimelineItem(e, d, lang, lanes, kindWord));
}

/** The lanes: the sides present in the whole dataset (stable while filtering), or its topics. */
export function toTimelineGroups(d: IndexedDataset, lang: Lang, lanes: Lanes, otherLabel: string) {
  if (lanes === 'topic')
    return d.topics.map((t, order): TimelineGroupSpec => ({ id: t.id, label: t.label[lang], order }));
  const present = new Set(d.events.map((e) => sideOf(e, d)));
  const lanesInOrder = [
    ...d.sides.map((s) => ({ id: s.id, label: s.name[lang] })),
    { id: 'other', label: otherLabel },
  ];
  return lanesInOrder
    .filter((s) => present.has(s.id))
    .map((s, order): TimelineGroupSpec => ({ ...s, order }));
}

// The stretch shown for a view lives beside the view (selecting an event reveals it in the same write).
export { storyBounds, windowForView } from '@/view-state/shown-window';

/** A visible stretch as a window of whole days (start rounded down, end rounded up). */
export function toDayWindow(start: Date, end: Date): DayWindow {
  const s = new Date(start.getTime()).toISOString().slice(0, 10);
  const endDay = new Date(end.getTime() - 1).toISOString().slice(0, 10);
  const e = addDays(endDay, 1);
  return { start: s, end: e > s ? e : addDays(s, 1) };
}

export const dayWindowMs = (w: DayWindow) => ({
  start: Date.parse(`${w.start}T00:00:00Z`),
  end: Date.parse(`${w.end}T00:00:00Z`),
});

/** The events in date order, for keyboard moves: the next (or previous) one from `current`. */
export function neighbour(events: readonly Event[], current: string | null, step: 1 | -1 | 'first' | 'last') {
  if (events.length === 0) return null;
  if (step === 'first') return events[0]!.id;
  if (step === 'last') return events[events.length - 1]!.id;
  const i = current ? events.findIndex((e) => e.id === current) : -1;
  if (i < 0) return (step === 1 ? events[0] : events[events.length - 1])!.id;
  return events[Math.min(events.length - 1, Math.max(0, i + step))]!.id;
}
