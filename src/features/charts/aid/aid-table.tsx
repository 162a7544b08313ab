/** The aid figures as a table: the chart's text alternative, with sources. */
import { useTranslation } from 'react-i18next';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { AidAmount } from '@/data/schema';
import type { Lang } from '@/i18n/lang';
import { CitationList } from '@/components/ui/citation-list';
import { aidAmountText } from './aid-format';
import { TABLE, TD, TH } from '@/features/charts/kit/table-parts';
import { MEASURES, disputedWith } from './to-aid-series';

type Props = { amounts: readonly AidAmount[]; dataset: IndexedDataset; lang: Lang };

export function AidTable({ amounts, dataset, lang }: Props) {
  const { t } = useTranslation('charts');
  const sorted = [...amounts].sort(
    (a, b) => MEASURES.indexOf(a.measure) - MEASURES.indexOf(b.measure) || a.fiscalYear - b.fiscalYear,
  );
  return (
    <table className={TABLE} data-testid="aid-table">
      <caption className="sr-only">{t('aid.title')}</caption>
      <thead>
        <tr>
          <th className={TH}>{t('table.fiscalYear')}</th>
          <th className={TH}>{t('table.measure')}</th>
          <th className={`${TH} text-right`}>{t('table.amount')}</th>
          <th className={TH}>{t('table.details')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((a) => (
          <tr key={a.id} data-row={a.id}>
            <td className={TD}>{a.fiscalYear}</td>
            <td className={TD}>{t(`aid.measure.${a.measure}`)}</td>
            <td
              className={`${TD} text-right whitespace-nowrap tabular-nums`}
              data-value={a.amountUsdMillions}
            >
              {aidAmountText(a, lang)}
            </td>
            <td className={TD}>
              {(a.derived || a.dispute) && (
                <p className="font-semibold">
                  {[a.derived ? t('derived') : null, a.dispute ? t('disputed') : null]
                    .filter(Boolean)
                    .join(' · ')}
                  {a.dispute &&
                    `: ${disputedWith(amounts, a)
                      .map((o) => aidAmountText(o, lang))
                      .join(', ')}`}
                </p>
              )}
              {a.note && <p className="text-slate-600">{a.note[lang]}</p>}
              <CitationList citations={a.citations} sourceById={dataset.sourceById} lang={lang} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
