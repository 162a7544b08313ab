/** Deportation-flight counts as spans of time (pure): each period drawn over its own length. */
import { DAY_MS } from '@/lib/dates';
import type { FlightCount } from '@/data/schema';
import {
  brokenAxis,
  dayNumber,
  parsePeriod,
  toAxis,
  type BrokenAxis,
  type Period,
} from '@/features/charts/kit/time-scale';

export type FlightRow = {
  id: string;
  record: FlightCount;
  period: Period;
  /** Start and end on the broken axis (end = the day after the last day). */
  span: [number, number];
  /** Other figures for the same quantity (same `dispute` key). */
  disputedWith: FlightCount[];
};
export type AxisTick = { value: number; kind: 'year' | 'month'; iso: string };
export type FlightSeries = { rows: FlightRow[]; axis: BrokenAxis; ticks: AxisTick[] };

/** Operators in a stable order: the series of the chart. */
export function flightOperators(records: readonly FlightCount[]): string[] {
  return [...new Set(records.map((r) => r.operator))];
}

export function toFlightSeries(records: readonly FlightCount[]): FlightSeries {
  // No figures: an empty plot on a unit axis (the extremes of nothing are not dates).
  if (records.length === 0) return { rows: [], axis: brokenAxis(0, 0, 1), ticks: [] };
  const periods = records.map((r) => parsePeriod(r.period));
  const starts = periods.map((p) => dayNumber(p.start));
  const ends = periods.map((p) => dayNumber(p.end) + 1);
  const lastStartYear = periods.reduce((y, p) => (p.start > y ? p.start : y), '0000').slice(0, 4);
  const breakDay = dayNumber(`${lastStartYear}-01-01`);
  const lastEnd = Math.max(...ends);
  // Round the end up to the next month so the last period does not touch the edge.
  const endIso = new Date(lastEnd * DAY_MS).toISOString().slice(0, 7);
  const [ey, em] = endIso.split('-').map(Number) as [number, number];
  const axisEnd = dayNumber(
    `${em === 12 ? ey + 1 : ey}-${String(em === 12 ? 1 : em + 1).padStart(2, '0')}-01`,
  );
  const axis = brokenAxis(Math.min(...starts), breakDay, axisEnd);

  const rows = records
    .map((record, i) => ({
      id: record.id,
      record,
      period: periods[i]!,
      span: [toAxis(axis, starts[i]!), toAxis(axis, ends[i]!)] as [number, number],
      disputedWith: record.dispute
        ? records.filter((r) => r.dispute === record.dispute && r.id !== record.id)
        : [],
    }))
    .sort((a, b) => a.period.start.localeCompare(b.period.start) || b.period.days - a.period.days);

  const ticks: AxisTick[] = [];
  if (axis.hasEarly) {
    const y0 = Number(new Date(axis.first * DAY_MS).toISOString().slice(0, 4));
    const y1 = Number(lastStartYear);
    const step = y1 - y0 > 3 ? 2 : 1;
    for (let y = y0; y < y1; y += step)
      ticks.push({ value: toAxis(axis, dayNumber(`${y}-01-01`)), kind: 'year', iso: String(y) });
  }
  for (let m = 1; m <= 12; m++) {
    const iso = `${lastStartYear}-${String(m).padStart(2, '0')}`;
    const day = dayNumber(`${iso}-01`);
    if (day >= axisEnd) break;
    ticks.push({ value: toAxis(axis, day), kind: 'month', iso });
  }
  return { rows, axis, ticks };
}
