/** Deportation flights to Colombia: each reported count as a bar's length on one scale; periods are labels. */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { ChartView } from './tariffs-chart';
import type { SetView } from '@/view-state/use-view-state';
import { formatNumber } from '@/lib/format';
import { ChartCard, LegendItem, plotLabel } from './chart-card';
import { chartTakeaway, chartTitle } from './chart-text';
import { AXIS_TICK, GRID, MUTED } from './chart-colors';
import {
  SourcesNote,
  TooltipBox,
  activeRow,
  sourcesText,
  type TipProps,
  TOOLTIP_PROPS,
} from './chart-tooltip';
import { FlightBar, HatchDefs, HATCH_ID, OPERATOR_COLORS } from './flight-marks';
import { FlightsTable } from './flights-table';
import { periodLabel } from './period-label';
import { publishers } from './sources';
import { flightOperators, toFlightSeries, type FlightRow } from './to-flight-series';

type Props = { dataset: IndexedDataset; view: ChartView; setView: SetView };

export const FlightsChart = memo(function FlightsChart({ dataset, view }: Props) {
  const { t } = useTranslation('charts');
  const lang = view.lang;
  const records = dataset.series.deportationFlights;
  const series = useMemo(() => toFlightSeries(records), [records]);
  const operators = useMemo(() => flightOperators(records), [records]);
  const color = (op: string) => OPERATOR_COLORS[operators.indexOf(op) % OPERATOR_COLORS.length]!;
  // A period's label; figures for the same period that sources report differently name their source.
  const rowLabel = (r: FlightRow) => {
    const label = periodLabel(r.period, lang);
    const first = r.record.citations[0];
    const publisher = first && dataset.sourceById.get(first.source)?.publisher;
    return r.disputedWith.length && publisher ? `${label} · ${publisher}` : label;
  };
  const barLabel = (r: FlightRow) =>
    [
      formatNumber(r.record.flights, lang),
      r.record.derived ? t('derived') : null,
      r.disputedWith.length ? t('disputed') : null,
    ]
      .filter(Boolean)
      .join(' · ');

  const renderTooltip = (p: TipProps) => {
    const r = activeRow<FlightRow>(p);
    if (!r) return null;
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
          {t('flights.operator')}: {r.record.operator} · {t(`periodKind.${r.period.kind}`)}
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
  };

  return (
    <ChartCard
      id="flights"
      title={chartTitle(dataset, 'flights', t, lang)}
      takeaway={chartTakeaway(dataset, 'flights', lang)}
      units={t('flights.units')}
      publishers={publishers(records, dataset.sourceById, lang)}
      lang={lang}
      legend={
        <>
          {operators.map((op) => (
            <LegendItem
              key={op}
              label={op}
              swatch={<rect x={1} y={2} width={16} height={8} fill={color(op)} />}
            />
          ))}
          <LegendItem
            label={t('derived')}
            swatch={
              <>
                <HatchDefs id={`${HATCH_ID}-legend`} />
                <rect x={1} y={2} width={16} height={8} fill={`url(#${HATCH_ID}-legend)`} stroke={MUTED} />
              </>
            }
          />
          <LegendItem
            label={t('disputed')}
            swatch={
              <rect x={1} y={2} width={16} height={8} fill="white" stroke={MUTED} strokeDasharray="3 2" />
            }
          />
        </>
      }
      table={<FlightsTable rows={series.rows} dataset={dataset} lang={lang} />}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          {...plotLabel('flights')}
          data={series.rows}
          layout="vertical"
          margin={{ top: 4, right: 40, bottom: 0, left: 0 }}
          barCategoryGap={3}
        >
          <HatchDefs />
          <CartesianGrid horizontal={false} stroke={GRID} />
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
            width={230}
            interval={0}
            tick={AXIS_TICK}
            tickFormatter={(id: string) => {
              const r = series.rows.find((x) => x.id === id);
              return r ? rowLabel(r) : id;
            }}
          />
          <Bar
            dataKey={(r: FlightRow) => r.record.flights}
            isAnimationActive={false}
            shape={(p: object) => {
              const row = (p as { payload?: FlightRow }).payload;
              return (
                <FlightBar
                  {...p}
                  color={row ? color(row.record.operator) : MUTED}
                  label={row ? barLabel(row) : ''}
                />
              );
            }}
          />
          <Tooltip
            content={renderTooltip}
            cursor={{ fill: '#e2e8f0', fillOpacity: 0.5 }}
            {...TOOLTIP_PROPS}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
});
