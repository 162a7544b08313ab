import { describe, expect, it } from 'vitest';
import { indexDataset } from '@/data/indexed-dataset';
import { Dataset, type Event } from '@/data/schema';
import {
  neighbour,
  shortLabel,
  sideOf,
  storyBounds,
  toDayWindow,
  toTimelineGroups,
  toTimelineItem,
  windowForView,
} from '@/features/timeline/to-timeline-items';
import mini from '../../fixtures/mini-dataset.json';

const d = indexDataset(Dataset.parse(mini));
const base = d.events[0]!;
const ev = (patch: Partial<Event>): Event => ({ ...base, ...patch });

describe('toTimelineItem', () => {
  it.each<[string, Partial<Event>, Partial<ReturnType<typeof toTimelineItem>>]>([
    ['a day is a point at noon', {}, { type: 'point', start: '2025-01-26T12:00:00.000Z' }],
    [
      'a span is a bar over its days, end included',
      { date: '2025-01-27', endDate: '2025-01-31' },
      { type: 'range', start: '2025-01-27T00:00:00.000Z', end: '2025-02-01T00:00:00.000Z' },
    ],
    [
      'a month-only date covers its month, marked inexact',
      { date: '2025-09-01', datePrecision: 'month' },
      { type: 'range', start: '2025-09-01T00:00:00.000Z', end: '2025-10-01T00:00:00.000Z' },
    ],
    [
      'December rolls into the next year',
      { date: '2025-12-01', datePrecision: 'month' },
      { end: '2026-01-01T00:00:00.000Z' },
    ],
    ['an approximate day is a point marked inexact', { datePrecision: 'approx' }, { type: 'point' }],
  ])('%s', (_, patch, expected) => {
    expect(toTimelineItem(ev(patch), d, 'en', 'side')).toMatchObject(expected);
  });

  it('marks approximate and month-only dates with ≈ and a class', () => {
    const item = toTimelineItem(ev({ datePrecision: 'approx' }), d, 'en', 'side');
    expect(item.label.startsWith('≈ ')).toBe(true);
    expect(item.className).toContain('tl-inexact');
    expect(toTimelineItem(ev({}), d, 'en', 'side').className).not.toContain('tl-inexact');
  });

  it('marks key moments and colours by the first topic', () => {
    const item = toTimelineItem(ev({ keyMoment: true, topics: ['sanctions', 'migration'] }), d, 'en', 'side');
    expect(item.className.split(' ')).toEqual(['tl-topic-sanctions', `tl-kind-${item.kind}`, 'tl-key']);
  });

  it.each([
    ['130', 'threat', 'Threat'],
    ['163', 'act', 'Act'],
    ['010', 'statement', 'Statement'],
    ['036', 'cooperation', 'Cooperation'],
  ])('CAMEO %s is drawn as a %s, and its word is heard and shown on hover', (cameo, kind, word) => {
    const item = toTimelineItem(ev({ cameo }), d, 'en', 'side', (k) => k[0]!.toUpperCase() + k.slice(1));
    expect(item.kind).toBe(kind);
    expect(item.className).toContain(`tl-kind-${kind}`);
    expect(item.ariaLabel.endsWith(`. ${word}`)).toBe(true);
    expect(item.tooltip.meta.startsWith(`${word} · `)).toBe(true);
  });

  it('puts the event in its side’s lane, or its topic’s', () => {
    expect(toTimelineItem(base, d, 'en', 'side').group).toBe('CO');
    expect(toTimelineItem(d.events[1]!, d, 'en', 'side').group).toBe('US');
    expect(toTimelineItem(base, d, 'en', 'topic').group).toBe('migration');
  });

  it('names the item for screen readers and hover: date, title, actors', () => {
    const item = toTimelineItem(base, d, 'en', 'side');
    expect(item.ariaLabel).toBe(
      '26 Jan 2025: Petro turns back two US deportation flights. Gustavo Petro → Donald Trump',
    );
    expect(item.tooltip).toEqual({
      title: 'Petro turns back two US deportation flights',
      meta: '26 Jan 2025 · Gustavo Petro → Donald Trump',
    });
  });

  it('speaks Spanish', () => {
    const item = toTimelineItem(base, d, 'es', 'side');
    expect(item.label).toBe('Petro devuelve dos vuelos de deportación');
    expect(item.ariaLabel).toMatch(/^26 de ene\.? de 2025: /);
  });
});

describe('labels, lanes and windows', () => {
  it.each([
    ['short stays', 'Trump calls Petro', 'Trump calls Petro'],
    [
      'long is cut at a word',
      'Petro turns back two US military deportation flights over handcuffs',
      'Petro turns back two US military…',
    ],
    [
      'a word near the end is dropped whole, never cut',
      'Petro turns back two US deportation flights',
      'Petro turns back two US…',
    ],
  ])('%s', (_, text, expected) => expect(shortLabel(text, 36)).toBe(expected));

  it('draws every title of the dataset whole', () => {
    const long = 'x '.repeat(60).trim();
    expect(toTimelineItem(ev({ title: { en: long, es: long } }), d, 'en', 'side').label).toBe(long);
  });

  it('finds the side from the first actor’s country', () => {
    expect(sideOf(base, d)).toBe('CO');
    expect(sideOf(ev({ actors: ['nobody'] }), d)).toBe('other');
  });

  it('lists the lanes present, in a fixed order', () => {
    expect(toTimelineGroups(d, 'en', 'side', 'Others')).toEqual([
      { id: 'US', label: 'United States', order: 0 },
      { id: 'CO', label: 'Colombia', order: 1 },
    ]);
    expect(toTimelineGroups(d, 'es', 'topic', 'Otros').map((g) => g.label)).toEqual([
      'Migración',
      'Sanciones',
      'Diplomacia',
    ]);
  });

  it.each<[string, Parameters<typeof windowForView>[0], { start: string; end: string }]>([
    [
      'the link’s window wins',
      { window: { start: '2025-02-01', end: '2025-03-01' }, month: { from: '2025-10', to: '2025-10' } },
      { start: '2025-02-01', end: '2025-03-01' },
    ],
    [
      'else the month range',
      { window: null, month: { from: '2025-10', to: '2025-11' } },
      { start: '2025-10-01', end: '2025-12-01' },
    ],
    [
      'else the whole story, with room',
      { window: null, month: null },
      { start: '2025-01-12', end: '2026-01-21' },
    ],
  ])('%s', (_, view, expected) => expect(windowForView(view, d)).toEqual(expected));

  it('has the story’s bounds', () =>
    expect(storyBounds(d)).toEqual({ start: '2025-01-12', end: '2026-01-21' }));

  it.each([
    [
      'whole days stay',
      '2025-01-01T00:00:00Z',
      '2025-02-01T00:00:00Z',
      { start: '2025-01-01', end: '2025-02-01' },
    ],
    [
      'parts of days round outwards',
      '2025-01-01T13:00:00Z',
      '2025-01-31T02:00:00Z',
      { start: '2025-01-01', end: '2025-02-01' },
    ],
    [
      'never empty',
      '2025-01-01T10:00:00Z',
      '2025-01-01T11:00:00Z',
      { start: '2025-01-01', end: '2025-01-02' },
    ],
  ])('toDayWindow: %s', (_, s, e, expected) =>
    expect(toDayWindow(new Date(s), new Date(e))).toEqual(expected),
  );
});

describe('neighbour (keyboard moves in date order)', () => {
  const ids = d.events.map((e) => e.id);
  it.each<[string | null, 1 | -1 | 'first' | 'last', string]>([
    [null, 1, ids[0]!],
    [null, -1, ids[2]!],
    [ids[0]!, 1, ids[1]!],
    [ids[1]!, -1, ids[0]!],
    [ids[2]!, 1, ids[2]!],
    [ids[0]!, -1, ids[0]!],
    [ids[1]!, 'first', ids[0]!],
    [ids[0]!, 'last', ids[2]!],
    ['not-shown', 1, ids[0]!],
  ])('from %s by %s → %s', (from, step, expected) => expect(neighbour(d.events, from, step)).toBe(expected));
  it('has nothing to move to in an empty list', () => expect(neighbour([], null, 1)).toBeNull());
});
