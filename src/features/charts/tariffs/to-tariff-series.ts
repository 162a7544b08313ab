/** Tariff steps as a chart draws them (pure): rows for the tooltip, in-force segments, markers. */
import type { TariffStep } from '@/data/schema';
import { dayNumber } from '@/features/charts/kit/time-scale';

export type Imposer = TariffStep['imposer'];

/** One row per date that has steps: what the tooltip and the keyboard step through. */
export type TariffRow = { x: number; date: string; steps: TariffStep[]; anchor: number };
/** A stretch during which a rate was applied: drawn solid. `to` is open-ended at the data's last day. */
export type InForceSegment = { imposer: Imposer; from: number; to: number; rate: number };
export type TariffSeries = { rows: TariffRow[]; segments: InForceSegment[]; domain: [number, number] };

const byDate = (a: TariffStep, b: TariffStep) => a.date.localeCompare(b.date);

/**
 * Only `in-force` steps draw the solid line; `struck-down` ends it. Threats, suspensions and
 * exemptions of some goods leave it as it is: they are markers of their own.
 */
export function inForceSegments(steps: readonly TariffStep[], endDay: number): InForceSegment[] {
  const segments: InForceSegment[] = [];
  for (const imposer of new Set(steps.map((s) => s.imposer))) {
    let open: InForceSegment | null = null;
    for (const s of steps.filter((x) => x.imposer === imposer).sort(byDate)) {
      const day = dayNumber(s.date);
      if (s.status === 'in-force' && open?.rate === s.rate) continue;
      if (s.status === 'in-force' || s.status === 'struck-down') {
        if (open) segments.push({ ...open, to: day });
        open = s.status === 'in-force' ? { imposer, from: day, to: endDay, rate: s.rate } : null;
      }
    }
    if (open) segments.push(open);
  }
  return segments;
}

/** From the first step's month to the later of the last step and the dataset's `updated` day. */
export function toTariffSeries(steps: readonly TariffStep[], updated: string): TariffSeries {
  const sorted = [...steps].sort(byDate);
  const rows: TariffRow[] = [];
  for (const s of sorted) {
    const last = rows[rows.length - 1];
    if (last?.date === s.date) {
      last.steps.push(s);
      last.anchor = Math.max(last.anchor, s.rate);
    } else rows.push({ x: dayNumber(s.date), date: s.date, steps: [s], anchor: s.rate });
  }
  const first = sorted[0]?.date ?? updated;
  const lastDate = sorted.length && sorted[sorted.length - 1]!.date > updated ? sorted.at(-1)!.date : updated;
  const end = dayNumber(lastDate);
  return {
    rows,
    segments: inForceSegments(sorted, end),
    domain: [dayNumber(`${first.slice(0, 7)}-01`), end + 1],
  };
}

/**
 * The busiest day of threats: the first row where both sides threatened (three or more steps in one
 * day), which the chart explains in a callout instead of leaving its markers piled on one point.
 */
export function threatEpisode(rows: readonly TariffRow[]): TariffRow | null {
  return (
    rows.find(
      (r) =>
        r.steps.length >= 3 &&
        new Set(r.steps.filter((s) => s.status === 'threatened').map((s) => s.imposer)).size > 1,
    ) ?? null
  );
}
