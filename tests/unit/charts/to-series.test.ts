import { describe, expect, it } from 'vitest';
import type { AidAmount, FlightCount, TariffStep } from '@/data/schema';
import { inForceSegments, toTariffSeries } from '@/features/charts/tariffs/to-tariff-series';
import { toFlightSeries } from '@/features/charts/flights/to-flight-series';
import { disputedSpans, disputedWith, toAidSeries } from '@/features/charts/aid/to-aid-series';
import { dayNumber } from '@/features/charts/kit/time-scale';

const cite = [{ source: 's' }];
const step = (
  id: string,
  date: string,
  imposer: 'US' | 'CO',
  rate: number,
  status: TariffStep['status'],
): TariffStep => ({
  id,
  date,
  imposer,
  rate,
  status,
  scope: { en: id, es: id },
  citations: cite,
});
const steps = [
  step('threat-25', '2025-01-26', 'US', 25, 'threatened'),
  step('threat-50', '2025-01-26', 'US', 50, 'threatened'),
  step('co-threat', '2025-01-26', 'CO', 25, 'threatened'),
  step('held', '2025-01-26', 'US', 25, 'suspended'),
  step('reciprocal', '2025-04-05', 'US', 10, 'in-force'),
  step('revised', '2025-08-07', 'US', 10, 'in-force'),
  step('farm', '2025-11-13', 'US', 0, 'exempted'),
  step('court', '2026-02-20', 'US', 10, 'struck-down'),
  step('s122-threat', '2026-02-21', 'US', 15, 'threatened'),
  step('s122', '2026-02-24', 'US', 10, 'in-force'),
];
const d = dayNumber;

describe('inForceSegments', () => {
  it.each([
    ['threats alone draw no line', steps.slice(0, 4), []],
    [
      'an applied rate runs to the end; a repeat of the same rate continues it',
      steps.slice(0, 7),
      [{ imposer: 'US', from: d('2025-04-05'), to: d('2026-02-25'), rate: 10 }],
    ],
    [
      'a court ruling ends it; a new in-force step starts again',
      steps,
      [
        { imposer: 'US', from: d('2025-04-05'), to: d('2026-02-20'), rate: 10 },
        { imposer: 'US', from: d('2026-02-24'), to: d('2026-02-25'), rate: 10 },
      ],
    ],
    [
      'a new rate closes the previous one',
      [step('a', '2025-01-01', 'CO', 10, 'in-force'), step('b', '2025-02-01', 'CO', 20, 'in-force')],
      [
        { imposer: 'CO', from: d('2025-01-01'), to: d('2025-02-01'), rate: 10 },
        { imposer: 'CO', from: d('2025-02-01'), to: d('2026-02-25'), rate: 20 },
      ],
    ],
  ])('%s', (_name, input, expected) => {
    expect(inForceSegments(input, d('2026-02-25'))).toEqual(expected);
  });
});

describe('toTariffSeries', () => {
  const s = toTariffSeries(steps, '2026-02-25');
  it('has one row per date, with all its steps', () => {
    expect(s.rows.map((r) => [r.date, r.steps.length, r.anchor])).toEqual([
      ['2025-01-26', 4, 50],
      ['2025-04-05', 1, 10],
      ['2025-08-07', 1, 10],
      ['2025-11-13', 1, 0],
      ['2026-02-20', 1, 10],
      ['2026-02-21', 1, 15],
      ['2026-02-24', 1, 10],
    ]);
  });
  it('runs from the first month to the data day', () => {
    expect(s.domain).toEqual([d('2025-01-01'), d('2026-02-26')]);
  });
});

const flight = (
  id: string,
  period: string,
  flights: number,
  extra: Partial<FlightCount> = {},
): FlightCount => ({
  id,
  period,
  flights,
  operator: 'ICE',
  citations: cite,
  ...extra,
});

describe('toFlightSeries', () => {
  const s = toFlightSeries([
    flight('day', '2025-01-28', 2, { operator: 'Colombian Air Force' }),
    flight('five-years', '2020..2024', 475),
    flight('ap', '2024', 124, { dispute: 'y2024' }),
    flight('eu', '2024', 126, { dispute: 'y2024' }),
    flight('derived', '2020..2023', 351, { derived: true }),
  ]);
  it('orders by start, longer periods first', () => {
    expect(s.rows.map((r) => r.id)).toEqual(['five-years', 'derived', 'ap', 'eu', 'day']);
  });
  it.each([
    ['five-years', 0, 40],
    ['ap', 32, 40],
  ])('draws %s over its own length: %s → %s', (id, from, to) => {
    const row = s.rows.find((r) => r.id === id)!;
    expect(row.span[0]).toBeCloseTo(from, 0);
    expect(row.span[1]).toBeCloseTo(to, 6);
  });
  it('draws a day after the break wider than a day before it', () => {
    const day = s.rows.find((r) => r.id === 'day')!;
    expect(day.span[1] - day.span[0]).toBeGreaterThan(1);
  });
  it.each([
    ['ap', ['eu']],
    ['eu', ['ap']],
    ['five-years', []],
  ])('%s is disputed with %o', (id, others) => {
    expect(s.rows.find((r) => r.id === id)!.disputedWith.map((f) => f.id)).toEqual(others);
  });
  it('ticks years before the break and months after it', () => {
    expect(s.ticks.map((t) => t.iso)).toEqual(['2020', '2022', '2024', '2025-01']);
  });
});

const aid = (
  id: string,
  fiscalYear: number,
  amount: number,
  measure: AidAmount['measure'],
  extra: Partial<AidAmount> = {},
): AidAmount => ({
  id,
  fiscalYear,
  amountUsdMillions: amount,
  measure,
  citations: cite,
  ...extra,
});
const amounts = [
  aid('a22', 2022, 471.3, 'appropriated'),
  aid('a23-et', 2023, 482, 'appropriated', { dispute: 'fy23' }),
  aid('a23-wola', 2023, 496, 'appropriated', { dispute: 'fy23' }),
  aid('a24', 2024, 410, 'appropriated', { approx: true }),
  aid('t20', 2020, 819, 'total-all-agencies', { derived: true }),
  aid('t23', 2023, 740, 'total-all-agencies', { dispute: 'tot23' }),
  aid('d23', 2023, 708, 'disbursed', { dispute: 'tot23' }),
];

describe('toAidSeries', () => {
  const s = toAidSeries(amounts);
  it.each([
    [2020, 'total-all-agencies', 819],
    [2021, 'total-all-agencies', null], // a gap, not a zero
    [2021, 'appropriated', null],
    [2022, 'appropriated', 471.3],
    [2023, 'appropriated', null], // two figures: no line through either
    [2023, 'total-all-agencies', 740],
    [2023, 'disbursed', 708],
    [2024, 'appropriated', 410],
  ] as const)('FY%s %s → %s', (fy, measure, expected) => {
    expect(s.rows.find((r) => r.fy === fy)!.line[measure]).toBe(expected);
  });
  it('keeps only the measures that have figures, in a stable order', () => {
    expect(s.measures).toEqual(['appropriated', 'total-all-agencies', 'disbursed']);
    expect(s.domain).toEqual([2020, 2024]);
  });
  it('draws a disputed year of one measure as a range', () => {
    expect(disputedSpans(s.rows)).toEqual([{ fy: 2023, measure: 'appropriated', lo: 482, hi: 496 }]);
  });
  it('finds the other figures of a dispute, across measures too', () => {
    expect(disputedWith(amounts, amounts[5]!).map((a) => a.id)).toEqual(['d23']);
  });
});
