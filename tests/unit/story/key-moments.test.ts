import { describe, expect, it } from 'vitest';
import type { Event, Quote } from '@/data/schema';
import { dataCurrency, keyMoments, stepOf } from '@/features/story/key-moments';

const ev = (id: string, date: string, o: Partial<Event> = {}) =>
  ({ id, date, actors: ['petro'], topics: ['migration'], ...o }) as Event;
const qt = (id: string, speaker: string, event: string) => ({ id, speaker, event }) as Quote;

const events = [
  ev('refused', '2025-01-26', { keyMoment: true, targets: ['trump'] }),
  ev('retaliation', '2025-01-26', {
    keyMoment: true,
    actors: ['trump'],
    targets: ['petro'],
    topics: ['tariffs', 'migration'],
  }),
  ev('counter', '2025-01-26', { topics: ['tariffs'] }),
  ev('unrelated', '2025-02-01', { actors: ['noem'], topics: ['visas'] }),
  ev('accepts', '2025-02-02', { actors: ['co'], targets: ['trump'], topics: ['migration'] }),
  ev('meeting', '2026-02-03', { keyMoment: true, actors: ['trump'], topics: ['diplomacy'] }),
];
const quotes = [
  qt('q-aide', 'aide', 'refused'),
  qt('q-petro', 'petro', 'refused'),
  qt('q-counter', 'petro', 'counter'),
];
const quotesByEvent = new Map<string, Quote[]>();
for (const q of quotes) quotesByEvent.set(q.event!, [...(quotesByEvent.get(q.event!) ?? []), q]);
const moments = keyMoments({ events, quotesByEvent });

describe('keyMoments', () => {
  it('takes the starred events in date order', () => {
    expect(moments.map((m) => m.event.id)).toEqual(['refused', 'retaliation', 'meeting']);
  });
  it.each([
    ["the event's own quote, its actor's words first", 'refused', 'q-petro'],
    ['else a later same-day event on a shared topic (the reply)', 'retaliation', 'q-counter'],
    ['none when the data holds none', 'meeting', undefined],
  ])('quote: %s', (_, id, quote) => {
    expect(moments.find((m) => m.event.id === id)?.quote?.id).toBe(quote);
  });
  it.each([
    ['the next event on a shared topic that involves one of its parties', 'refused', 'retaliation'],
    ['skips events on other topics or of other parties', 'retaliation', 'counter'],
    ['nothing after the last one', 'meeting', undefined],
  ])('what came next: %s', (_, id, next) => {
    expect(moments.find((m) => m.event.id === id)?.next?.id).toBe(next);
  });
});

describe('stepOf', () => {
  it.each([
    ['refused', 0],
    ['meeting', 2],
    ['unrelated', -1],
    [null, -1],
  ] as const)('%s is step %i', (id, step) => {
    expect(stepOf(moments, id)).toBe(step);
  });
});

describe('dataCurrency', () => {
  it.each([
    [
      'the latest event, wherever it is in the list',
      [ev('a', '2025-03-01'), ev('b', '2025-01-01')],
      '2025-03-01',
    ],
    ['no latest event when there are none', [], undefined],
  ])('%s', (_, list, latest) => {
    expect(dataCurrency({ events: list, updated: '2025-04-01' })).toEqual({
      updated: '2025-04-01',
      latestEvent: latest,
    });
  });
});
