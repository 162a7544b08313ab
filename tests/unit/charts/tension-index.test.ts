import { describe, expect, it } from 'vitest';
import type { Event } from '@/data/schema';
import { eventDirections, tensionIndex } from '@/data/tension-index';
import { peakPoint } from '@/features/charts/tension/tension-takeaway';
import type { Sides } from '@/data/sides';

// `ab` is the first side (US) toward the second (CO); `ba` back.
const side = (id: string, color: 'blue' | 'amber') => ({
  id,
  name: { en: id, es: id },
  short: { en: id, es: id },
  color,
});
const SIDES: Sides = [side('US', 'blue'), side('CO', 'amber')];

const actors = new Map([
  ['trump', { country: 'US' }],
  ['rubio', { country: 'US' }],
  ['petro', { country: 'CO' }],
  ['sarabia', { country: 'CO' }],
  ['maduro', { country: 'VE' }],
]);

const ev = (id: string, date: string, goldstein: number, acts: string[], targets?: string[]): Event => ({
  id,
  date,
  datePrecision: 'day',
  title: { en: id, es: id },
  summary: { en: id, es: id },
  actors: acts,
  targets,
  topics: ['t'],
  cameo: '010',
  goldstein,
  citations: [{ source: 's' }],
});

// January 2025 as coded in the dataset (weights from the CAMEO table).
const january = [
  ev('second-term', '2025-01-20', -5.0, ['trump']), // no target: not directed
  ev('flights-refused', '2025-01-26', -4.0, ['petro'], ['trump', 'rubio']),
  ev('trump-retaliation', '2025-01-26', -5.8, ['trump'], ['petro', 'sarabia']),
  ev('visa-suspended', '2025-01-26', -5.0, ['rubio'], ['petro']),
  ev('counter-tariff', '2025-01-26', -5.8, ['petro'], ['trump']),
  ev('accepts-terms', '2025-01-26', 5.0, ['petro', 'sarabia'], ['trump']),
  ev('held-in-reserve', '2025-01-26', 7.0, ['trump', 'rubio'], ['petro']),
  ev('garces', '2025-01-29', -2.0, ['sarabia'], ['petro']), // within Colombia: not counted
  ev('visa-reopens', '2025-01-31', 7.0, ['rubio'], ['petro']),
  ev('offers-to-pay', '2025-01-31', 5.0, ['petro'], ['trump']),
];
const both = ev('ambassadors-recalled', '2025-07-01', -4.0, ['petro', 'trump'], ['trump', 'petro']);
const venezuela = ev('venezuela', '2026-01-03', -9.0, ['trump'], ['maduro']);

describe('eventDirections', () => {
  it.each([
    ['US actor on a CO target', january[2]!, ['ab']],
    ['CO actor on US targets, counted once', january[1]!, ['ba']],
    ['both ways in one event', both, ['ab', 'ba']],
    ['no target', january[0]!, []],
    ['target in the same country', january[7]!, []],
    ['a third country', venezuela, []],
  ])('%s', (_name, e, expected) => {
    expect(eventDirections(e, actors, SIDES)).toEqual(expected);
  });
});

describe('tensionIndex', () => {
  const months = ['2025-01', '2025-02', '2025-07'];
  it('sums the Goldstein weights of a hand-computed month, per direction', () => {
    const [jan] = tensionIndex(january, actors, months, 'goldstein', SIDES);
    // US→CO: −5.8 − 5.0 + 7.0 + 7.0 = 3.2; hostile −10.8, cooperative +14.0
    expect(jan!.ab).toMatchObject({ value: 3.2, hostile: -10.8, cooperative: 14 });
    // CO→US: −4.0 − 5.8 + 5.0 + 5.0 = 0.2; hostile −9.8, cooperative +10.0
    expect(jan!.ba).toMatchObject({ value: 0.2, hostile: -9.8, cooperative: 10 });
    expect(jan!.ab.events.map((w) => [w.event.id, w.weight])).toEqual([
      ['trump-retaliation', -5.8],
      ['visa-suspended', -5],
      ['held-in-reserve', 7],
      ['visa-reopens', 7],
    ]);
  });

  it.each([
    ['goldstein', '2025-01', 'ab', 3.2],
    ['count', '2025-01', 'ab', 4],
    ['count', '2025-01', 'ba', 4],
    ['goldstein', '2025-07', 'ab', -4],
    ['goldstein', '2025-07', 'ba', -4],
    ['count', '2025-07', 'ba', 1],
    // A month without events is a gap, not a zero.
    ['goldstein', '2025-02', 'ab', null],
    ['count', '2025-02', 'ba', null],
  ] as const)('%s in %s, %s = %s', (mode, month, dir, expected) => {
    const points = tensionIndex([...january, both, venezuela], actors, months, mode, SIDES);
    expect(points.find((p) => p.month === month)![dir].value).toBe(expected);
  });

  it('follows the filters: only the events it is given count', () => {
    const [jan] = tensionIndex(january.slice(0, 3), actors, ['2025-01'], 'goldstein', SIDES);
    expect(jan!.ab.value).toBe(-5.8);
    expect(jan!.ba.value).toBe(-4);
  });
});

describe('peakPoint', () => {
  const points = tensionIndex([...january, both], actors, ['2025-01', '2025-07'], 'goldstein', SIDES);
  it.each([
    ['goldstein', { month: '2025-07', direction: 'ab', value: -4 }],
    ['count', { month: '2025-01', direction: 'ab', value: 4 }],
  ] as const)('%s', (mode, expected) => {
    const pts =
      mode === 'count'
        ? tensionIndex([...january, both], actors, ['2025-01', '2025-07'], 'count', SIDES)
        : points;
    expect(peakPoint(pts, mode)).toEqual(expected);
  });
  it('is null without events', () =>
    expect(peakPoint(tensionIndex([], actors, ['2025-01'], 'count', SIDES), 'count')).toBeNull());
});
