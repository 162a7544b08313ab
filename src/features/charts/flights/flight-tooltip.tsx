/** The flights chart's tooltip: the count, its operator and period kind, derived or disputed, and its sources. */
import { useTranslation } from 'react-i18next';
import { operatorName } from '@/features/charts/flights/operator-name';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { Lang } from '@/i18n/lang';
import { formatNumber } from '@/lib/format';
import { SourcesNote, TooltipBox, sourcesText } from '@/features/charts/kit/chart-tooltip';
import { periodLabel } from './period-label';
import type { FlightRow } from './to-flight-series';

export function FlightTooltip({
  row: r,
  dataset,
  lang,
}: {
  row: FlightRow;
  dataset: IndexedDataset;
  lang: Lang;
}) {
  const { t } = useTranslation('charts');
  return (
    <TooltipBox title={periodLabel(r.period, lang)}>
      <p>
        <span className="font-semibold">
          {t('flights.value', { count: r.record.flights, n: formatNumber(r.record.flights, lang) })}
        </span>
        {r.record.people !== undefined &&
          ` · ${t('flights.people', { n: formatNumber(r.record.people, lang) })}`}
      </p>
      <p>
        {t('flights.operator')}: {operatorName(t, r.record.operator)} · {t(`periodKind.${r.period.kind}`)}
      </p>
      {r.record.derived && <p className="font-semibold">{t('derivedNote')}</p>}
      {r.disputedWith.map((o) => (
        <p key={o.id} className="font-semibold">
          {t('disputedWith', {
            n: formatNumber(o.flights, lang),
            source: sourcesText(o.citations, dataset.sourceById, lang),
          })}
        </p>
      ))}
      {r.record.note && <p className="text-slate-700">{r.record.note[lang]}</p>}
      <SourcesNote label={t('source')} text={sourcesText(r.record.citations, dataset.sourceById, lang)} />
    </TooltipBox>
  );
}
