/** The tension chart's colours and numbers (pure). */
import { type Direction, type TensionMonth } from '@/data/tension-index';
import type { Sides } from '@/data/sides';
import type { Lang } from '@/i18n/lang';
import { formatNumber } from '@/lib/format';
import { sideTones } from '@/lib/side-colors';
import type { ViewState } from '@/view-state/defaults';
import { signed } from './tension-events';

export type TensionColors = Record<Direction, { hostile: string; cooperative: string }>;

/** Each direction in its acting side's colours (the theme's country tokens): hostile main, cooperative light. */
export function tensionColors(sides: Sides): TensionColors {
  const [a, b] = [sideTones(sides[0]), sideTones(sides[1])];
  return {
    ab: { hostile: a.main, cooperative: a.light },
    ba: { hostile: b.main, cooperative: b.light },
  };
}

/** A month's value in one direction as text: "—" without events, a count, or signed Goldstein points. */
export function monthValue(m: TensionMonth, d: Direction, mode: ViewState['index'], lang: Lang): string {
  const v = m[d].value;
  if (v === null) return '—';
  return mode === 'count' ? formatNumber(v, lang) : signed(v, lang);
}
