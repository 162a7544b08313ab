/** The tariff steps as a table: the chart's text alternative, with sources. */
import { useTranslation } from 'react-i18next';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { TariffStep } from '@/data/schema';
import type { Lang } from '@/i18n/lang';
import { CitationList } from '@/components/ui/citation-list';
import { formatEventDate, formatNumber } from '@/lib/format';
import { EventButton, TABLE, TD, TH } from '@/features/charts/kit/table-parts';

type Props = {
  steps: readonly TariffStep[];
  dataset: IndexedDataset;
  lang: Lang;
  onSelect: (id: string) => void;
};

export function TariffsTable({ steps, dataset, lang, onSelect }: Props) {
  const { t } = useTranslation('charts');
  const sorted = [...steps].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <table className={TABLE} data-testid="tariffs-table">
      <caption className="sr-only">{t('tariffs.title')}</caption>
      <thead>
        <tr>
          <th className={TH}>{t('table.date')}</th>
          <th className={TH}>{t('table.side')}</th>
          <th className={`${TH} text-right`}>{t('table.rate')}</th>
          <th className={TH}>{t('table.status')}</th>
          <th className={TH}>{t('table.details')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((s) => {
          const event = s.event ? dataset.eventById.get(s.event) : undefined;
          return (
            <tr key={s.id} data-row={s.id}>
              <td className={`${TD} whitespace-nowrap`}>{formatEventDate(s.date, 'day', lang)}</td>
              <td className={TD}>{s.imposer}</td>
              <td className={`${TD} text-right tabular-nums`} data-value={s.rate}>
                {formatNumber(s.rate, lang)} %
              </td>
              <td className={TD}>{t(`tariffs.status.${s.status}`)}</td>
              <td className={TD}>
                <p>{s.scope[lang]}</p>
                {s.note && <p className="text-slate-600">{s.note[lang]}</p>}
                {event && <EventButton event={event} lang={lang} onSelect={onSelect} />}
                <CitationList citations={s.citations} sourceById={dataset.sourceById} lang={lang} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
