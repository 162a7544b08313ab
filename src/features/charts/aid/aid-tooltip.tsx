/** The aid chart's tooltip: each figure of the hovered fiscal year, its measure, disputes and sources. */
import { useTranslation } from 'react-i18next';
import type { AidAmount } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { Lang } from '@/i18n/lang';
import { SourcesNote, TooltipBox, sourcesText } from '@/features/charts/kit/chart-tooltip';
import { MEASURE_COLOR } from '@/features/charts/kit/palette';
import { aidAmountText } from './aid-format';
import { disputedWith, type AidRow } from './to-aid-series';

type Props = { row: AidRow; amounts: readonly AidAmount[]; dataset: IndexedDataset; lang: Lang };

export function AidTooltip({ row, amounts, dataset, lang }: Props) {
  const { t } = useTranslation('charts');
  return (
    <TooltipBox title={t('aid.fyLong', { year: row.fy })}>
      {row.entries.length === 0 && <p>{t('aid.noFigure')}</p>}
      {row.entries.map((a) => {
        const others = disputedWith(amounts, a);
        return (
          <div key={a.id}>
            <p>
              <span className="font-semibold" style={{ color: MEASURE_COLOR[a.measure] }}>
                {t(`aid.measure.${a.measure}`)}: {t('aid.value', { amount: aidAmountText(a, lang) })}
              </span>
              {a.derived && ` · ${t('derived')}`}
            </p>
            {others.length > 0 && (
              <p className="font-semibold">
                {t('disputedAmong', {
                  values: others
                    .map((o) => `${aidAmountText(o, lang)} (${t(`aid.measure.${o.measure}`)})`)
                    .join(', '),
                })}
              </p>
            )}
            <SourcesNote label={t('source')} text={sourcesText(a.citations, dataset.sourceById, lang)} />
          </div>
        );
      })}
    </TooltipBox>
  );
}
