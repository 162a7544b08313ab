/** The four escalation charts (loaded after first paint: Recharts stays out of the entry chunk). */
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/data/dataset-context';
import { describeFilters } from '@/lib/describe-filters';
import { useSelection } from '@/view-state/selection-context';
import { useSetView, useView } from '@/view-state/view-context';
import { formatMonthRange } from '@/lib/format';
import { PanelBoundary } from '@/components/panel-boundary';
import { AidChart } from './aid/aid-chart';
import { FlightsChart } from './flights/flights-chart';
import { ChartExportContext } from './kit/chart-export-context';
import { chartTitle } from './kit/chart-text';
import { TariffsChart } from './tariffs/tariffs-chart';
import { TensionChart } from './tension/tension-chart';

export default function ChartsPanel() {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('charts');
  const dataset = useDataset();
  const view = useView();
  const setView = useSetView();
  const { events } = useSelection();
  const described = describeFilters(view, dataset, t, 'involving');
  const exportInfo = useMemo(
    () => ({
      view,
      filters: described ? t('charts:filtersLine', { filters: described }) : t('charts:noFilters'),
      shaded: view.month
        ? t('charts:shadedLine', {
            months: formatMonthRange(view.month.from, view.month.to, view.lang, 'long'),
          })
        : null,
      credit: t('charts:credit', {
        site: t('app.title'),
        url: `${window.location.origin}${window.location.pathname}`,
      }),
    }),
    [view, described, t],
  );
  // Read at download time through a stable function, so the context never re-renders a chart.
  const exportRef = useRef(exportInfo);
  useLayoutEffect(() => {
    exportRef.current = exportInfo;
  }, [exportInfo]);
  const readExport = useCallback(() => exportRef.current, []);
  // The tariff, flight and aid charts draw only the month shade, the selected event and the
  // language: memoised on those, they do not redraw when actors, topics or words change.
  const { lang, month, event } = view;
  const from = month?.from;
  const to = month?.to;
  const chartView = useMemo(
    () => ({ lang, event, month: from && to ? { from, to } : null }),
    [lang, event, from, to],
  );
  return (
    <ChartExportContext.Provider value={readExport}>
      {/* Each chart fails on its own: the other three keep drawing. A dataset may have none of a
          series (another feud): its chart is left out, not drawn empty. */}
      {dataset.series.tariffs.length > 0 && (
        <PanelBoundary name={chartTitle(dataset, 'tariffs', tc, view.lang)} className="min-h-[31rem] min-w-0">
          <TariffsChart dataset={dataset} view={chartView} setView={setView} />
        </PanelBoundary>
      )}
      {dataset.series.deportationFlights.length > 0 && (
        <PanelBoundary name={chartTitle(dataset, 'flights', tc, view.lang)} className="min-h-[31rem] min-w-0">
          <FlightsChart dataset={dataset} view={chartView} setView={setView} />
        </PanelBoundary>
      )}
      {dataset.series.aid.length > 0 && (
        <PanelBoundary name={chartTitle(dataset, 'aid', tc, view.lang)} className="min-h-[31rem] min-w-0">
          <AidChart dataset={dataset} view={chartView} setView={setView} />
        </PanelBoundary>
      )}
      <PanelBoundary name={t('charts.tension')} className="min-h-[31rem] min-w-0">
        <TensionChart dataset={dataset} events={events} view={view} setView={setView} />
      </PanelBoundary>
    </ChartExportContext.Provider>
  );
}
