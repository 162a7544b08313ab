import { describe, expect, it } from 'vitest';
import type { Actor, Event } from '@/data/schema';
import { coverage, workedExample } from '@/features/about/worked-example';

const actorById = new Map<string, Pick<Actor, 'country'>>([
  ['trump', { country: 'US' }],
  ['petro', { country: 'CO' }],
]);
const ev = (
  id: string,
  date: string,
  actor: string,
  target: string | null,
  goldstein: number,
  keyMoment = false,
) => ({ id, date, actors: [actor], targets: target ? [target] : undefined, goldstein, keyMoment }) as Event;

describe('workedExample', () => {
  it.each<[string, Event[], { month: string; direction: string; ids: string[]; total: number } | null]>([
    [
      'the first key moment’s month, in its busier direction, with the events and their sum',
      [
        ev('a', '2025-01-20', 'trump', null, -5),
        ev('b', '2025-01-26', 'petro', 'trump', -4, true),
        ev('c', '2025-01-26', 'trump', 'petro', -5.8),
        ev('d', '2025-01-27', 'trump', 'petro', 7),
        ev('e', '2025-02-01', 'trump', 'petro', -8),
      ],
      { month: '2025-01', direction: 'US-CO', ids: ['c', 'd'], total: 1.2 },
    ],
    ['nothing when there are no events', [], null],
    ['nothing when the month has no bilateral event', [ev('a', '2025-01-20', 'trump', null, -5, true)], null],
  ])('%s', (_, events, expected) => {
    const got = workedExample({ events, actorById });
    expect(
      got && {
        month: got.month,
        direction: got.direction,
        ids: got.events.map((w) => w.event.id),
        total: got.total,
      },
    ).toEqual(expected);
  });
});

describe('coverage', () => {
  it('counts the items and finds the first and last event dates', () => {
    const events = [ev('b', '2025-03-01', 'trump', null, 0), ev('a', '2025-01-01', 'trump', null, 0)];
    expect(coverage({ events, quotes: [], sources: [{} as never] })).toEqual({
      events: 2,
      quotes: 0,
      sources: 1,
      first: '2025-01-01',
      last: '2025-03-01',
    });
  });
});
