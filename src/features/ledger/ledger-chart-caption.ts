/** The sentence read for one threat line (its aria-label and the live line under the chart). */
import { useTranslation } from 'react-i18next';
import type { Lang } from '@/view-state/defaults';
import type { IndexedDataset } from '@/data/indexed-dataset';
import { formatEventDate } from '@/lib/format';
import { actorNames } from '@/lib/actor-names';
import type { LedgerRow } from '@/features/ledger/to-ledger-rows';
import { daysText } from '@/features/ledger/ledger-sentences';

export function useChartCaption(dataset: Pick<IndexedDataset, 'actorById'>, lang: Lang) {
  const { t } = useTranslation('ledger');
  return (r: LedgerRow) => {
    const values = {
      date: formatEventDate(r.threat.date, r.threat.datePrecision, lang),
      who: actorNames(r.threat.actors, dataset, lang),
      title: r.threat.title[lang],
      status: t(`status.${r.status}`),
      days: r.days === null ? '' : daysText(r.days, t, lang),
    };
    return r.days === null ? t('chart.active', values) : t('chart.activeDays', values);
  };
}
