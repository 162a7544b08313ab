/** The flight counts as a table: the chart's text alternative, with sources. */
import { useTranslation } from 'react-i18next';
import { operatorName } from '@/features/charts/flights/operator-name';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { Lang } from '@/i18n/lang';
import { CitationList } from '@/components/ui/citation-list';
import { formatNumber } from '@/lib/format';
import { periodLabel } from './period-label';
import { TABLE, TD, TH } from '@/features/charts/kit/table-parts';
import type { FlightRow } from './to-flight-series';

type Props = { rows: readonly FlightRow[]; dataset: IndexedDataset; lang: Lang };

export function FlightsTable({ rows, dataset, lang }: Props) {
  const { t } = useTranslation('charts');
  return (
    <table className={TABLE} data-testid="flights-table">
      <caption className="sr-only">{t('flights.title')}</caption>
      <thead>
        <tr>
          <th className={TH}>{t('table.period')}</th>
          <th className={`${TH} text-right`}>{t('table.flights')}</th>
          <th className={TH}>{t('table.details')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ id, record: r, period, disputedWith }) => (
          <tr key={id} data-row={id}>
            <td className={TD}>{periodLabel(period, lang)}</td>
            <td className={`${TD} text-right tabular-nums`} data-value={r.flights}>
              {formatNumber(r.flights, lang)}
            </td>
            <td className={TD}>
              <p>
                {operatorName(t, r.operator)}
                {r.people !== undefined && ` · ${t('flights.people', { n: formatNumber(r.people, lang) })}`}
                {r.derived && ` · ${t('derived')}`}
                {disputedWith.length > 0 && ` · ${t('disputed')}`}
              </p>
              {r.note && <p className="text-slate-600">{r.note[lang]}</p>}
              <CitationList citations={r.citations} sourceById={dataset.sourceById} lang={lang} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
