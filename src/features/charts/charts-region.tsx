/** The four escalation charts in a grid; their code (and Recharts) loads after first paint. */
import { Suspense } from 'react';
import { lazyChunk } from '@/components/lazy-chunk';
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/data/dataset-context';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { ViewState } from '@/view-state/defaults';
import { useView } from '@/view-state/view-context';
import { useSelection } from '@/view-state/selection-context';
import { CARD_CLASS, CHART_IDS } from './kit/chart-size';
import { chartTitle } from './kit/chart-text';

const ChartsPanel = lazyChunk(() => import('./charts-panel'));

/** Same-size cards while the charts' code loads, so the layout does not jump. */
function Placeholders({ dataset, lang }: { dataset: IndexedDataset; lang: ViewState['lang'] }) {
  const { t } = useTranslation('charts');
  const present = { tariffs: 'tariffs', flights: 'deportationFlights', aid: 'aid' } as const;
  const ids = CHART_IDS.filter((id) => id === 'tension' || dataset.series[present[id]].length > 0);
  return ids.map((id) => (
    <div key={id} className={`${CARD_CLASS} border-dashed`} aria-busy="true">
      <h3 className="font-semibold">
        {id === 'tension' ? t('tension.title') : chartTitle(dataset, id, t, lang)}
      </h3>
      <p className="m-auto text-center text-sm text-slate-600">{t('loading')}</p>
    </div>
  ));
}

export function ChartsRegion() {
  const { t } = useTranslation();
  const dataset = useDataset();
  const { events } = useSelection();
  return (
    <section aria-labelledby="charts-heading" className="min-w-0">
      <h2 id="charts-heading" className="text-lg font-bold">
        {t('charts.heading')}
      </h2>
      <p className="mb-2 text-sm text-slate-600">
        {events.length < dataset.events.length
          ? t('charts:hiddenNote', { count: dataset.events.length - events.length })
          : t('charts:allNote')}
      </p>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <Suspense fallback={<Placeholders dataset={dataset} lang={useView().lang} />}>
          <ChartsPanel />
        </Suspense>
      </div>
    </section>
  );
}
