/** Days and periods as numbers a chart axis can use (pure). */
import type { MonthRange } from '@/view-state/defaults';

import { DAY_MS } from '@/lib/dates';

/** Days since 1970-01-01 (UTC) of a YYYY-MM-DD date. */
export const dayNumber = (isoDay: string): number => Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS;
export const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

const lastDayOfMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return isoDay(Date.UTC(y, m, 0) / DAY_MS);
};

/** First and last day of one end of a period: `2024`, `2025-01` or `2025-01-28`. */
function bounds(part: string): [string, string] {
  if (part.length === 4) return [`${part}-01-01`, `${part}-12-31`];
  if (part.length === 7) return [`${part}-01`, lastDayOfMonth(part)];
  return [part, part];
}

export type PeriodKind = 'years' | 'year' | 'month' | 'days' | 'day';
export type Period = { start: string; end: string; kind: PeriodKind; days: number };

/** A dataset period (`2020..2024`, `2024`, `2025-01`, `2025-01-20..2025-03-07`, `2025-01-28`), inclusive. */
export function parsePeriod(period: string): Period {
  const [a, b] = period.split('..') as [string, string | undefined];
  const start = bounds(a)[0];
  const end = bounds(b ?? a)[1];
  const days = dayNumber(end) - dayNumber(start) + 1;
  const kind: PeriodKind = b
    ? a.length === 4
      ? 'years'
      : 'days'
    : a.length === 4
      ? 'year'
      : a.length === 7
        ? 'month'
        : 'day';
  return { start, end, kind, days };
}

/** The days a month range covers: [first day, day after the last], as day numbers. */
export function monthRangeDays(range: MonthRange): [number, number] {
  return [dayNumber(`${range.from}-01`), dayNumber(lastDayOfMonth(range.to)) + 1];
}

/** The US fiscal year of a date or month (FY2026 starts in October 2025). */
export const fiscalYear = (date: string) =>
  Number(date.slice(0, 4)) + (Number(date.slice(5, 7)) >= 10 ? 1 : 0);

/** US fiscal years (October to September) that a month range touches. */
export function monthRangeFiscalYears(range: MonthRange): [number, number] {
  return [fiscalYear(range.from), fiscalYear(range.to)];
}

/**
 * A time axis with a break: the long years before `breakDay` are squeezed into [0, 40] and the
 * weeks after it stretched over [50, 100], so a day-long period stays visible beside a five-year one.
 * The gap 40–50 is drawn as a break. Without days before the break, the weeks fill [0, 100].
 */
export type BrokenAxis = { first: number; breakDay: number; last: number; hasEarly: boolean };

export function brokenAxis(firstDay: number, breakDay: number, lastDay: number): BrokenAxis {
  return { first: firstDay, breakDay, last: lastDay, hasEarly: firstDay < breakDay };
}

export function toAxis(a: BrokenAxis, day: number): number {
  if (a.hasEarly && day <= a.breakDay) return ((day - a.first) / (a.breakDay - a.first)) * 40;
  const [lo, hi] = a.hasEarly ? [50, 100] : [0, 100];
  return lo + ((day - a.breakDay) / (a.last - a.breakDay)) * (hi - lo);
}
