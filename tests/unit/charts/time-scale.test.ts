import { describe, expect, it } from 'vitest';
import {
  brokenAxis,
  dayNumber,
  isoDay,
  monthRangeDays,
  monthRangeFiscalYears,
  parsePeriod,
  toAxis,
} from '@/features/charts/kit/time-scale';

describe('parsePeriod', () => {
  it.each([
    ['2020..2024', '2020-01-01', '2024-12-31', 'years', 1827],
    ['2024', '2024-01-01', '2024-12-31', 'year', 366],
    ['2025-01', '2025-01-01', '2025-01-31', 'month', 31],
    ['2024-02', '2024-02-01', '2024-02-29', 'month', 29],
    ['2025-01-28', '2025-01-28', '2025-01-28', 'day', 1],
    ['2025-01-20..2025-03-07', '2025-01-20', '2025-03-07', 'days', 47],
  ])('%s', (period, start, end, kind, days) => {
    expect(parsePeriod(period)).toEqual({ start, end, kind, days });
  });
});

describe('days and months', () => {
  it('round-trips a day', () => expect(isoDay(dayNumber('2025-01-26'))).toBe('2025-01-26'));
  it.each([
    [{ from: '2025-10', to: '2025-10' }, '2025-10-01', '2025-11-01'],
    [{ from: '2025-12', to: '2026-02' }, '2025-12-01', '2026-03-01'],
  ])('monthRangeDays %o', (range, from, to) => {
    expect(monthRangeDays(range)).toEqual([dayNumber(from), dayNumber(to)]);
  });
  it.each([
    [{ from: '2025-01', to: '2025-09' }, [2025, 2025]],
    [{ from: '2025-09', to: '2025-10' }, [2025, 2026]],
  ])('monthRangeFiscalYears %o', (range, expected) => {
    expect(monthRangeFiscalYears(range)).toEqual(expected);
  });
});

describe('toAxis (broken time axis)', () => {
  const axis = brokenAxis(dayNumber('2020-01-01'), dayNumber('2025-01-01'), dayNumber('2025-04-01'));
  it.each([
    ['2020-01-01', 0],
    ['2025-01-01', 40],
    ['2025-04-01', 100],
  ])('%s → %s', (day, expected) => {
    expect(toAxis(axis, dayNumber(day))).toBeCloseTo(expected, 6);
  });
  it('gives one day after the break more room than one before it', () => {
    const before = toAxis(axis, dayNumber('2024-12-31')) - toAxis(axis, dayNumber('2024-12-30'));
    const after = toAxis(axis, dayNumber('2025-01-03')) - toAxis(axis, dayNumber('2025-01-02'));
    expect(after).toBeGreaterThan(before * 10);
  });
  it('fills the axis when nothing comes before the break', () => {
    const late = brokenAxis(dayNumber('2025-01-01'), dayNumber('2025-01-01'), dayNumber('2025-02-01'));
    expect(toAxis(late, dayNumber('2025-01-01'))).toBe(0);
    expect(toAxis(late, dayNumber('2025-02-01'))).toBe(100);
  });
});
