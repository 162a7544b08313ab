/** Every series transform on the edges a valid dataset can reach: nothing, one point, a crowd on one day. */
import { describe, expect, it } from 'vitest';
import type { AidAmount, Event, FlightCount, TariffStep } from '@/data/schema';
import { indexDataset } from '@/data/indexed-dataset';
import { Dataset } from '@/data/schema';
import { tensionIndex } from '@/data/tension-index';
import { toTariffSeries } from '@/features/charts/tariffs/to-tariff-series';
import { toFlightSeries } from '@/features/charts/flights/to-flight-series';
import { toAidSeries } from '@/features/charts/aid/to-aid-series';
import { toTimelineContent } from '@/features/timeline/to-timeline-buckets';
import mini from '../../fixtures/mini-dataset.json';

const cite = [{ source: 's' }];
const tariff: TariffStep = {
  id: 't',
  date: '2025-01-26',
  imposer: 'US',
  rate: 25,
  status: 'in-force',
  scope: { en: 'all', es: 'todo' },
  citations: cite,
};
const flight = (period: string): FlightCount => ({
  id: period,
  period,
  flights: 2,
  operator: 'ICE',
  citations: cite,
});
const aid: AidAmount = {
  id: 'a',
  fiscalYear: 2024,
  amountUsdMillions: 410,
  measure: 'appropriated',
  citations: cite,
};
const finite = (...xs: number[]) => xs.every(Number.isFinite);

describe('series transforms at the edges', () => {
  it.each<[string, TariffStep[]]>([
    ['no tariff steps', []],
    ['one tariff step', [tariff]],
  ])('tariffs: %s give a finite domain', (_, steps) => {
    const s = toTariffSeries(steps, '2026-03-01');
    expect(s.rows).toHaveLength(steps.length);
    expect(finite(...s.domain)).toBe(true);
  });

  it.each<[string, FlightCount[], number]>([
    ['no flight counts', [], 0],
    ['one day', [flight('2025-01-28')], 1],
    ['one year', [flight('1900')], 1],
    ['one span', [flight('2099-12-01..2100-12-31')], 1],
  ])('flights: %s give finite spans and ticks', (_, records, rows) => {
    const s = toFlightSeries(records);
    expect(s.rows).toHaveLength(rows);
    expect(finite(...s.rows.flatMap((r) => r.span), ...s.ticks.map((t) => t.value))).toBe(true);
  });

  it.each<[string, AidAmount[], number]>([
    ['no aid figures', [], 0],
    ['one aid figure', [aid], 1],
  ])('aid: %s give a finite domain', (_, amounts, rows) => {
    const s = toAidSeries(amounts);
    expect(s.rows).toHaveLength(rows);
    expect(finite(...s.domain)).toBe(true);
  });

  const d = indexDataset(Dataset.parse(mini));
  const crowd: Event[] = Array.from({ length: 10_000 }, (_, i) => ({
    ...d.events[0]!,
    id: `e${i}`,
    date: '2025-03-05',
  }));

  it.each<[string, Event[]]>([
    ['no events', []],
    ['one event', [d.events[0]!]],
    ['10,000 events on one day', crowd],
  ])('tension index: %s give one point per month', (_, events) => {
    const points = tensionIndex(events, d.actorById, ['2025-02', '2025-03'], 'goldstein', d.sides);
    expect(points.map((p) => p.month)).toEqual(['2025-02', '2025-03']);
    expect(points.every((p) => p.ab.value === null || Number.isFinite(p.ab.value))).toBe(true);
  });

  it.each<[string, Event[], { start: string; end: string }]>([
    ['no events', [], { start: '2025-01-01', end: '2026-01-01' }],
    ['one event', [d.events[0]!], { start: '2025-01-01', end: '2026-01-01' }],
    ['10,000 events on one day, a year in view', crowd, { start: '2025-01-01', end: '2026-01-01' }],
    ['10,000 events on one day, that day in view', crowd, { start: '2025-03-05', end: '2025-03-06' }],
  ])('timeline: %s give at most 400 items with real dates', (_, events, window) => {
    const items = toTimelineContent(events, d, 'en', 'side', window, (n) => `${n}`);
    expect(items.length).toBeLessThanOrEqual(400);
    expect(items.every((i) => !Number.isNaN(Date.parse(String(i.start))))).toBe(true);
  });
});
