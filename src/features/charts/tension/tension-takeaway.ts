/** The tension chart's one-line takeaway, computed from the points it shows (pure). */
import type { TFunction } from 'i18next';
import { DIRECTIONS, type TensionMonth } from '@/data/tension-index';
import type { IndexMode, Lang } from '@/view-state/defaults';
import { formatMonth, formatNumber, formatSigned } from '@/lib/format';
import { directionLabel, type Sides } from '@/data/sides';

/** The most hostile point (lowest Goldstein sum), or the busiest (most events); null when there is none. */
export function peakPoint(months: readonly TensionMonth[], mode: IndexMode) {
  let best: { month: string; direction: (typeof DIRECTIONS)[number]; value: number } | null = null;
  for (const m of months)
    for (const d of DIRECTIONS) {
      const v = m[d].value;
      if (v === null) continue;
      const better = !best || (mode === 'count' ? v > best.value : v < best.value);
      if (better) best = { month: m.month, direction: d, value: v };
    }
  return best;
}

export function tensionTakeaway(
  months: readonly TensionMonth[],
  mode: IndexMode,
  t: TFunction<'charts'>,
  lang: Lang,
  sides: Sides,
) {
  const peak = peakPoint(months, mode);
  if (!peak) return t('tension.takeawayNone');
  return t(`tension.takeaway.${mode}`, {
    month: formatMonth(peak.month, lang, 'long'),
    dir: directionLabel(peak.direction, sides, lang),
    value: mode === 'count' ? formatNumber(peak.value, lang) : formatSigned(peak.value, lang),
  });
}
