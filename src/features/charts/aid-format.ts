/** An aid amount in words: "≈ 245–250" (US$ million), through Intl. */
import type { AidAmount } from '@/data/schema';
import type { Lang } from '@/i18n/lang';
import { formatNumber } from '@/lib/format';

export function aidAmountText(a: AidAmount, lang: Lang): string {
  const high = a.amountHigh !== undefined ? `–${formatNumber(a.amountHigh, lang)}` : '';
  return `${a.approx ? '≈ ' : ''}${formatNumber(a.amountUsdMillions, lang)}${high}`;
}

export const MEASURE_COLOR: Record<AidAmount['measure'], string> = {
  appropriated: '#1d4ed8',
  requested: '#047857',
  'total-all-agencies': '#7e22ce',
  obligated: '#be185d',
  disbursed: '#c2410c',
};
