import { describe, expect, it } from 'vitest';
import { indexDataset } from '@/data/indexed-dataset';
import { Dataset, type Event } from '@/data/schema';
import {
  bucketWindow,
  isBucket,
  MAX_ITEMS,
  toTimelineContent,
} from '@/features/timeline/to-timeline-buckets';
import mini from '../../fixtures/mini-dataset.json';

const d = indexDataset(Dataset.parse(mini));
const base = d.events[0]!;
const many = (n: number, date = '2025-03-05'): Event[] =>
  Array.from({ length: n }, (_, i) => ({ ...base, id: `e${i}`, date }));
const label = (n: number) => `${n} events`;
const year = { start: '2025-01-01', end: '2026-01-01' };

describe('toTimelineContent', () => {
  it('draws the events themselves when few are in view', () => {
    const items = toTimelineContent(d.events, d, 'en', 'side', year, label);
    expect(items.map((i) => i.id)).toEqual(d.events.map((e) => e.id));
  });

  it('draws one bar per lane and month when many are in view over a long stretch', () => {
    const items = toTimelineContent(
      [...many(MAX_ITEMS), ...many(5, '2025-04-20')],
      d,
      'en',
      'side',
      year,
      label,
    );
    expect(items).toEqual([
      expect.objectContaining({
        id: 'bucket|CO|2025-03-01|2025-04-01',
        label: '400 events',
        group: 'CO',
        type: 'range',
      }),
      expect.objectContaining({ id: 'bucket|CO|2025-04-01|2025-05-01', label: '5 events' }),
    ]);
  });

  it('uses weeks for a stretch of a few months, starting on Monday', () => {
    const items = toTimelineContent(
      many(MAX_ITEMS + 1),
      d,
      'en',
      'side',
      { start: '2025-02-01', end: '2025-05-01' },
      label,
    );
    expect(items.map((i) => i.id)).toEqual(['bucket|CO|2025-03-03|2025-03-10']);
  });

  it('draws only the events in view once they are few enough there', () => {
    const items = toTimelineContent(
      [...many(MAX_ITEMS + 1), ...many(3, '2025-09-01')],
      d,
      'en',
      'side',
      { start: '2025-08-01', end: '2025-10-01' },
      label,
    );
    expect(items).toHaveLength(3);
    expect(items.every((i) => !isBucket(i.id))).toBe(true);
  });

  it.each<[string, { start: string; end: string }, Record<string, boolean>]>([
    ['labels only key moments over the whole story; the rest are marks', year, { key: false, plain: true }],
    [
      'labels every event once zoomed in',
      { start: '2025-01-01', end: '2025-04-01' },
      { key: false, plain: false },
    ],
  ])('%s', (_, window, marks) => {
    const events = [
      { ...base, id: 'key', keyMoment: true },
      { ...base, id: 'plain', keyMoment: false },
    ];
    const items = toTimelineContent(events, d, 'en', 'side', window, label);
    expect(Object.fromEntries(items.map((i) => [i.id, !!i.mark]))).toEqual(marks);
    const plain = items.find((i) => i.id === 'plain')!;
    expect(plain.className.includes('tl-mark')).toBe(marks.plain);
    expect(plain.label).toBe(base.title.en);
  });

  it('tells the stretch a bucket covers', () => {
    expect(bucketWindow('bucket|US|2025-03-03|2025-03-10')).toEqual({
      start: '2025-03-03',
      end: '2025-03-10',
    });
  });
});
