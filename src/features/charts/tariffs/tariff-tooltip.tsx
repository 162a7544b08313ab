/** The tariffs chart's tooltip: each step of the hovered day, with its side, rate, status, scope and sources. */
import { useTranslation } from 'react-i18next';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { Lang } from '@/i18n/lang';
import { formatEventDate, formatNumber } from '@/lib/format';
import { sideColor } from '@/lib/side-colors';
import { SourcesNote, TooltipBox, sourcesText } from '@/features/charts/kit/chart-tooltip';
import type { TariffRow } from './to-tariff-series';

type Props = { row: TariffRow; dataset: IndexedDataset; lang: Lang; sideLabel: (id: string) => string };

export function TariffTooltip({ row, dataset, lang, sideLabel }: Props) {
  const { t } = useTranslation('charts');
  return (
    <TooltipBox title={formatEventDate(row.date, 'day', lang)}>
      {row.steps.map((s) => (
        <div key={s.id}>
          <p>
            <span className="font-semibold" style={{ color: sideColor(dataset.sides, s.imposer) }}>
              {sideLabel(s.imposer)}: {formatNumber(s.rate, lang)} %
            </span>{' '}
            · {t(`tariffs.status.${s.status}`)}
          </p>
          <p>{s.scope[lang]}</p>
          <SourcesNote label={t('source')} text={sourcesText(s.citations, dataset.sourceById, lang)} />
        </div>
      ))}
    </TooltipBox>
  );
}
