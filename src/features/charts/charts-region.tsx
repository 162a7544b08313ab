/** The four escalation charts in a grid; their code (and Recharts) loads after first paint. */
import { Suspense } from 'react';
import { lazyChunk } from '@/components/lazy-chunk';
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/data/dataset-context';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { ViewState } from '@/view-state/defaults';
import { useView } from '@/view-state/view-context';
import { useSelection } from '@/view-state/selection-context';
import { CARD_CLASS, CHART_IDS, CHARTS_MIN_H } from './kit/chart-size';
import { chartTitle } from './kit/chart-text';

const ChartsPanel = lazyChunk(() => import('./charts-panel'));

const SERIES = { tariffs: 'tariffs', flights: 'deportationFlights', aid: 'aid' } as const;
/** The charts a dataset has: the tension index always, the others when their series has points. */
const chartIds = (dataset: IndexedDataset) =>
  CHART_IDS.filter((id) => id === 'tension' || dataset.series[SERIES[id]].length > 0);

/**
 * The charts' height, kept before and after they are drawn (for the four charts of a dataset like
 * the bundled one; with fewer, no height is reserved).
 */
export const chartsMinHeight = (dataset: IndexedDataset) =>
  chartIds(dataset).length === CHART_IDS.length ? CHARTS_MIN_H : '';

/** Same-size cards while the charts' code loads, so the layout does not jump. */
function Placeholders({ dataset, lang }: { dataset: IndexedDataset; lang: ViewState['lang'] }) {
  const { t } = useTranslation('charts');
  return chartIds(dataset).map((id) => (
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
    <section aria-labelledby="charts-heading" className={`flex min-w-0 flex-col ${chartsMinHeight(dataset)}`}>
      <h2 id="charts-heading" className="text-lg font-bold">
        {t('charts.heading')}
      </h2>
      <p className="mb-2 text-sm text-slate-600">
        {events.length < dataset.events.length
          ? t('charts:hiddenNote', { count: dataset.events.length - events.length })
          : t('charts:allNote')}
      </p>
      {/* The rows stretch to the reserved height (the cards' source lines go to their foot). */}
      <div className="grid flex-1 grid-cols-1 gap-4 lg:grid-cols-2">
        <Suspense fallback={<Placeholders dataset={dataset} lang={useView().lang} />}>
          <ChartsPanel />
        </Suspense>
      </div>
    </section>
  );
}
