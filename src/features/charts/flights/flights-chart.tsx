/** Deportation flights to Colombia: each reported count as a bar's length on one scale; periods are labels. */
import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { Lang } from '@/i18n/lang';
import type { SetView } from '@/view-state/use-view-state';
import { formatNumber } from '@/lib/format';
import { ChartCard, plotLabel } from '@/features/charts/kit/chart-card';
import { ValueGrid } from '@/features/charts/kit/chart-marks';
import type { ChartView } from '@/features/charts/kit/chart-view';
import { chartTakeaway, chartTitle } from '@/features/charts/kit/chart-text';
import { activeRow, type TipProps, TOOLTIP_PROPS } from '@/features/charts/kit/chart-tooltip';
import { AXIS_TICK, GRID, MUTED, SERIES } from '@/features/charts/kit/palette';
import { publishers } from '@/features/charts/kit/sources';
import { useChartKeys } from '@/features/charts/kit/use-chart-keys';
import { useElementWidth } from '@/features/charts/kit/use-element-width';
import { FlightBar, HatchDefs } from './flight-marks';
import { FlightLegend } from './flight-legend';
import { FlightTooltip } from './flight-tooltip';
import { FlightsTable } from './flights-table';
import { periodLabel } from './period-label';
import { flightOperators, toFlightSeries, type FlightRow } from './to-flight-series';

type Props = { dataset: IndexedDataset; view: ChartView; setView: SetView };

/** A period's label; figures for the same period that sources report differently name their source. */
function rowLabel(r: FlightRow, dataset: IndexedDataset, lang: Lang) {
  const label = periodLabel(r.period, lang);
  const first = r.record.citations[0];
  const publisher = first && dataset.sourceById.get(first.source)?.publisher;
  return r.disputedWith.length && publisher ? `${label} · ${publisher}` : label;
}

export const FlightsChart = memo(function FlightsChart({ dataset, view }: Props) {
  const { t } = useTranslation('charts');
  const lang = view.lang;
  const records = dataset.series.deportationFlights;
  const series = useMemo(() => toFlightSeries(records), [records]);
  const operators = useMemo(() => flightOperators(records), [records]);
  const color = (op: string) => SERIES[operators.indexOf(op) % SERIES.length]!;
  const plot = useRef<HTMLDivElement>(null);
  useChartKeys(plot, { vertical: true });
  // The period labels take up to 230 px, but never more than 45% of a narrow (phone) plot.
  const width = useElementWidth(plot);
  const labelWidth = width ? Math.round(Math.min(230, Math.max(120, width * 0.45))) : 230;
  const barLabel = (r: FlightRow) =>
    [
      formatNumber(r.record.flights, lang),
      r.record.derived && t('derived'),
      r.disputedWith.length > 0 && t('disputed'),
    ]
      .filter(Boolean)
      .join(' · ');
  const tooltip = (p: TipProps) => {
    const r = activeRow<FlightRow>(p);
    return r ? <FlightTooltip row={r} dataset={dataset} lang={lang} /> : null;
  };
  const bar = (p: object) => {
    const row = (p as { payload?: FlightRow }).payload;
    return (
      <FlightBar {...p} color={row ? color(row.record.operator) : MUTED} label={row ? barLabel(row) : ''} />
    );
  };

  return (
    <ChartCard
      id="flights"
      title={chartTitle(dataset, 'flights', t, lang)}
      takeaway={chartTakeaway(dataset, 'flights', lang)}
      units={t('flights.units')}
      publishers={publishers(records, dataset.sourceById, lang)}
      lang={lang}
      legend={<FlightLegend operators={operators} color={color} />}
      table={<FlightsTable rows={series.rows} dataset={dataset} lang={lang} />}
      // On a phone the labels wrap to two or three lines: the plot grows so each bar keeps its row.
      plotClassName="h-[30rem] sm:h-80"
    >
      <div ref={plot} className="h-full w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            {...plotLabel('flights')}
            data={series.rows}
            layout="vertical"
            margin={{ top: 4, right: 40, bottom: 0, left: 0 }}
            barCategoryGap={3}
          >
            <HatchDefs />
            <ValueGrid horizontal={false} />
            <XAxis
              type="number"
              domain={[0, 'dataMax']}
              allowDecimals={false}
              tickFormatter={(v: number) => formatNumber(v, lang)}
              tick={AXIS_TICK}
            />
            <YAxis
              type="category"
              dataKey="id"
              width={labelWidth}
              interval={0}
              tick={AXIS_TICK}
              tickFormatter={(id: string) => {
                const r = series.rows.find((x) => x.id === id);
                return r ? rowLabel(r, dataset, lang) : id;
              }}
            />
            <Bar dataKey={(r: FlightRow) => r.record.flights} isAnimationActive={false} shape={bar} />
            <Tooltip content={tooltip} cursor={{ fill: GRID, fillOpacity: 0.5 }} {...TOOLTIP_PROPS} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartCard>
  );
});
