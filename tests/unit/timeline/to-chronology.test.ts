import { describe, expect, it } from 'vitest';
import { indexDataset } from '@/data/indexed-dataset';
import { Dataset, type Event } from '@/data/schema';
import { inWindow, railDate, toChronology } from '@/features/timeline/to-chronology';
import { isCutAtEdge } from '@/features/timeline/is-cut-at-edge';
import mini from '../../fixtures/mini-dataset.json';

const d = indexDataset(Dataset.parse(mini));
const base = d.events[0]!;
const ev = (id: string, date: string, patch: Partial<Event> = {}): Event => ({ ...base, id, date, ...patch });
const events = [
  ev('a', '2025-01-26'),
  ev('b', '2025-01-30'),
  ev('c', '2025-03-02'),
  ev('d', '2025-03-20'),
  ev('e', '2025-05-01'),
];
const ids = (c: ReturnType<typeof toChronology>) => c.months.map((m) => [m.month, m.events.map((e) => e.id)]);

describe('toChronology', () => {
  it('groups the events by month, in date order', () => {
    expect(ids(toChronology(events, null, null, 100))).toEqual([
      ['2025-01', ['a', 'b']],
      ['2025-03', ['c', 'd']],
      ['2025-05', ['e']],
    ]);
  });

  it('shows the link’s window and counts the events before and after it', () => {
    const c = toChronology(events, { start: '2025-01-28', end: '2025-04-01' }, null, 100);
    expect(ids(c)).toEqual([
      ['2025-01', ['b']],
      ['2025-03', ['c', 'd']],
    ]);
    expect([c.before, c.after]).toEqual([1, 1]);
  });

  it('widens to the whole story when the selected event is outside the window', () => {
    const c = toChronology(events, { start: '2025-01-28', end: '2025-04-01' }, 'e', 100);
    expect(c.months.flatMap((m) => m.events)).toHaveLength(5);
    expect([c.before, c.after]).toEqual([0, 0]);
  });

  it('draws a page at a time and says how many are left', () => {
    const c = toChronology(events, null, null, 3);
    expect(ids(c)).toEqual([
      ['2025-01', ['a', 'b']],
      ['2025-03', ['c']],
    ]);
    expect(c.more).toBe(2);
  });

  it.each<[string, Partial<Event>, boolean]>([
    ['inside', { date: '2025-02-01' }, true],
    ['on the first day', { date: '2025-01-28' }, true],
    ['on the end day (excluded)', { date: '2025-04-01' }, false],
    ['a span that reaches in', { date: '2025-01-20', endDate: '2025-01-29' }, true],
    ['before', { date: '2025-01-27' }, false],
  ])('inWindow: %s', (_, patch, expected) =>
    expect(inWindow({ date: '', ...patch }, { start: '2025-01-28', end: '2025-04-01' })).toBe(expected),
  );
});

describe('railDate', () => {
  it.each<[string, Partial<Event>, 'en' | 'es', string]>([
    ['a day', { date: '2025-01-05', datePrecision: 'day' }, 'en', '5'],
    ['an approximate day', { date: '2025-04-04', datePrecision: 'approx' }, 'en', '≈ 4'],
    ['a month-only date', { date: '2025-10-01', datePrecision: 'month' }, 'en', '≈ Oct'],
    ['a month-only date in Spanish', { date: '2025-10-01', datePrecision: 'month' }, 'es', '≈ oct'],
    [
      'a span within the month',
      { date: '2025-01-26', endDate: '2025-01-28', datePrecision: 'day' },
      'en',
      '26–28',
    ],
    [
      'a span into the next month',
      { date: '2025-01-30', endDate: '2025-02-02', datePrecision: 'day' },
      'es',
      '30 – 2 feb',
    ],
  ])('%s', (_, patch, lang, expected) =>
    expect(railDate({ date: '', datePrecision: 'day', ...patch }, lang)).toBe(expected),
  );
});

describe('isCutAtEdge', () => {
  const panel = { left: 100, right: 900 };
  it.each<[string, { left: number; right: number; width: number }, boolean]>([
    ['inside', { left: 120, right: 300, width: 180 }, false],
    ['touching both edges', { left: 100, right: 900, width: 800 }, false],
    ['past the right edge', { left: 850, right: 950, width: 100 }, true],
    ['past the left edge', { left: 80, right: 200, width: 120 }, true],
    ['empty (not drawn)', { left: 0, right: 0, width: 0 }, false],
  ])('%s', (_, box, expected) => expect(isCutAtEdge(box, panel)).toBe(expected));
});
