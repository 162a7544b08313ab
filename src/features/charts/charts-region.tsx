/** The place the four escalation charts will take, reserved at their size. */
import { useTranslation } from 'react-i18next';
import type { Event } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { ViewState } from '@/view-state/defaults';
import type { SetView } from '@/view-state/use-view-state';

type Props = { dataset: IndexedDataset; events: readonly Event[]; view: ViewState; setView: SetView };

const CHARTS = ['tariffs', 'flights', 'aid', 'tension'] as const;

export function ChartsRegion(_props: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="charts-heading" className="min-w-0">
      <h2 id="charts-heading" className="mb-2 text-lg font-bold">
        {t('charts.heading')}
      </h2>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
        {CHARTS.map((c) => (
          <div
            key={c}
            className="flex h-64 flex-col rounded-lg border border-dashed border-slate-300 bg-white p-3"
          >
            <h3 className="font-semibold">{t(`charts.${c}`)}</h3>
            <p className="m-auto text-center text-sm text-slate-600">{t('charts.pending')}</p>
          </div>
        ))}
      </div>
    </section>
  );
}
