/** A flight period in words, through Intl (format.ts). */
import type { Lang } from '@/i18n/lang';
import { formatEventDate, formatMonth } from '@/lib/format';
import type { Period } from '@/features/charts/kit/time-scale';

export function periodLabel(p: Period, lang: Lang): string {
  switch (p.kind) {
    case 'years':
      return `${p.start.slice(0, 4)}–${p.end.slice(0, 4)}`;
    case 'year':
      return p.start.slice(0, 4);
    case 'month':
      return formatMonth(p.start.slice(0, 7), lang);
    case 'day':
      return formatEventDate(p.start, 'day', lang);
    case 'days':
      return `${formatEventDate(p.start, 'day', lang)} – ${formatEventDate(p.end, 'day', lang)}`;
  }
}
