/** The four escalation charts (loaded after first paint: Recharts stays out of the entry chunk). */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '@/data/schema';
import { describeFilters } from '@/lib/describe-filters';
import { ChartExportContext } from './chart-export-context';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { ViewState } from '@/view-state/defaults';
import type { SetView } from '@/view-state/use-view-state';
import { AidChart } from './aid-chart';
import { FlightsChart } from './flights-chart';
import { TariffsChart } from './tariffs-chart';
import { TensionChart } from './tension-chart';
import { PanelBoundary } from '@/components/panel-boundary';

export type ChartsProps = {
  dataset: IndexedDataset;
  events: readonly Event[];
  view: ViewState;
  setView: SetView;
};

export default function ChartsPanel(props: ChartsProps) {
  const { t } = useTranslation();
  const { view, dataset } = props;
  const described = describeFilters(view, dataset, t, 'involving');
  const exportInfo = useMemo(
    () => ({
      view,
      filters: described ? t('charts:filtersLine', { filters: described }) : t('charts:noFilters'),
    }),
    [view, described, t],
  );
  return (
    <ChartExportContext.Provider value={exportInfo}>
      {/* Each chart fails on its own: the other three keep drawing. */}
      <PanelBoundary name={t('charts.tariffs')} className="min-h-[31rem] min-w-0">
        <TariffsChart {...props} />
      </PanelBoundary>
      <PanelBoundary name={t('charts.flights')} className="min-h-[31rem] min-w-0">
        <FlightsChart {...props} />
      </PanelBoundary>
      <PanelBoundary name={t('charts.aid')} className="min-h-[31rem] min-w-0">
        <AidChart {...props} />
      </PanelBoundary>
      <PanelBoundary name={t('charts.tension')} className="min-h-[31rem] min-w-0">
        <TensionChart {...props} />
      </PanelBoundary>
    </ChartExportContext.Provider>
  );
}
