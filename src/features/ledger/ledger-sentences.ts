/** The ledger's summary in words, one paragraph per side, in the reader's language. Pure. */
import type { TFunction } from 'i18next';
import type { Lang } from '@/view-state/defaults';
import { formatList, formatNumber } from '@/lib/format';
import { countryName } from '@/lib/country';
import type { SideSummary } from './ledger-summary';
import { STATUS_ORDER } from './to-ledger-rows';

const num = (n: number, lang: Lang) => formatNumber(n, lang, { maximumFractionDigits: 1 });

/** "same day", "1 day", "3.5 days" / "el mismo día", "1 día", "3,5 días". */
export function daysText(days: number, t: TFunction, lang: Lang): string {
  return days === 0 ? t('ledger:days.same') : t('ledger:days.n', { count: days, n: num(days, lang) });
}

/** "the same day", "after 2 days", "after a median of 1 day". */
function whenText(days: number, median: boolean, t: TFunction, lang: Lang): string {
  if (days === 0) return t(median ? 'ledger:when.sameMedian' : 'ledger:when.same');
  return t(median ? 'ledger:when.afterMedian' : 'ledger:when.after', { count: days, n: num(days, lang) });
}

/** "the United States" / "Estados Unidos"; another country by its Intl name. */
export function sideName(side: string, t: TFunction, lang: Lang): string {
  return side === 'US' || side === 'CO' ? t(`ledger:side.${side}`) : countryName(side, lang);
}

/**
 * "Of 8 threats from the United States, 2 were carried out (1 only in part), after a median of
 * 1 day. The others: 1 suspended and 5 overtaken by later events. Median time from threat to
 * outcome: 3.5 days."
 */
export function summarySentence(s: SideSummary, t: TFunction, lang: Lang): string {
  const partly = s.byStatus['partly-carried-out'] ?? 0;
  const carried = (s.byStatus['carried-out'] ?? 0) + partly;
  const opening = t('ledger:summary.of', { count: s.count, side: sideName(s.side, t, lang) });
  const parts = [
    carried
      ? `${opening} ${t(partly ? 'ledger:summary.carriedPartly' : 'ledger:summary.carried', {
          count: carried,
          partly,
          when: whenText(s.medianDaysCarriedOut ?? 0, carried > 1, t, lang),
        })}`
      : `${opening} ${t('ledger:summary.noneCarried', { count: s.count })}`,
  ];
  const others = STATUS_ORDER.filter((st) => st !== 'carried-out' && st !== 'partly-carried-out')
    .filter((st) => s.byStatus[st])
    .map((st) => t(`ledger:count.${st}`, { count: s.byStatus[st] }));
  if (others.length)
    parts.push(
      t(carried ? 'ledger:summary.others' : 'ledger:summary.all', { list: formatList(others, lang) }),
    );
  if (s.medianDays !== null && s.count > 1)
    parts.push(t('ledger:summary.median', { days: daysText(s.medianDays, t, lang) }));
  return parts.join(' ');
}
