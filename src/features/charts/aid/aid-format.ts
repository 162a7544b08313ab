/** An aid amount in words: "≈ 245–250" (US$ million), through Intl. */
import type { AidAmount } from '@/data/schema';
import type { Lang } from '@/i18n/lang';
import { formatNumber } from '@/lib/format';

export function aidAmountText(a: AidAmount, lang: Lang): string {
  const high = a.amountHigh !== undefined ? `–${formatNumber(a.amountHigh, lang)}` : '';
  return `${a.approx ? '≈ ' : ''}${formatNumber(a.amountUsdMillions, lang)}${high}`;
}
