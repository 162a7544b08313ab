import { describe, expect, it } from 'vitest';
import { clipSpan } from '@/features/charts/kit/chart-marks';
import { rechartsKey } from '@/features/charts/kit/use-chart-keys';
import { episodeLines } from '@/features/charts/tariffs/tariff-episode';
import { threatEpisode, toTariffSeries } from '@/features/charts/tariffs/to-tariff-series';
import type { Sides } from '@/data/sides';
import type { TariffStep } from '@/data/schema';
import dataset from '../../../data/dataset.json';

describe('clipSpan', () => {
  it.each([
    ['inside the domain', [3, 5], [0, 10], [3, 5]],
    ['over the start', [-2, 5], [0, 10], [0, 5]],
    ['over the end', [8, 12], [0, 10], [8, 10]],
    ['before the domain', [-5, -1], [0, 10], null],
    ['after the domain', [11, 12], [0, 10], null],
    ['months as text', ['2024-11', '2025-02'], ['2025-01', '2026-06'], ['2025-01', '2025-02']],
  ] as const)('clips a span %s', (_, span, domain, out) => {
    expect(clipSpan<number | string>(span, domain)).toEqual(out);
  });
  it('gives null without a span', () => expect(clipSpan(null, [0, 1])).toBeNull());
});

describe('rechartsKey', () => {
  it.each([
    ['ArrowRight', false, 'ArrowRight'],
    ['ArrowLeft', false, 'ArrowLeft'],
    ['ArrowDown', false, null],
    ['Enter', false, null],
    // Horizontal bars: Recharts 3.10 moves back on ArrowRight, so the next bar is its ArrowLeft.
    ['ArrowRight', true, 'ArrowLeft'],
    ['ArrowDown', true, 'ArrowLeft'],
    ['ArrowLeft', true, 'ArrowRight'],
    ['ArrowUp', true, 'ArrowRight'],
    ['Enter', true, null],
  ])('sends %s on a chart with vertical layout %s as %s', (key, vertical, out) => {
    expect(rechartsKey(key, vertical)).toBe(out);
  });
});

describe('the January 2025 tariff episode', () => {
  const steps = dataset.series.tariffs as unknown as TariffStep[];
  const series = toTariffSeries(steps, dataset.updated);
  const episode = threatEpisode(series.rows);

  it('is the day both sides threatened tariffs and dropped them: 26 January 2025', () => {
    expect(episode?.date).toBe('2025-01-26');
    expect(new Set(episode?.steps.map((s) => s.imposer))).toEqual(new Set(['US', 'CO']));
  });

  it('is found only where both sides threatened on one day', () => {
    const one = steps.filter((s) => s.imposer === 'US');
    expect(threatEpisode(toTariffSeries(one, dataset.updated).rows)).toBeNull();
  });

  it('reads as one line per step, in the dataset’s order, with side, rate and status', () => {
    const status = (s: string) =>
      ({ threatened: 'Threatened', suspended: 'Suspended, never applied' })[s] ?? s;
    expect(
      episodeLines(episode!, dataset.sides as unknown as Sides, 'en', status).map((l) => l.text),
    ).toEqual([
      'US: 25 % · Threatened',
      'US: 50 % · Threatened',
      'Colombia: 25 % · Threatened',
      'US: 25 % · Suspended, never applied',
      'Colombia: 25 % · Suspended, never applied',
    ]);
  });
});
