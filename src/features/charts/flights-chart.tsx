/** Deportation flights to Colombia: each reported count drawn over the period it covers. */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { ChartView } from './tariffs-chart';
import type { SetView } from '@/view-state/use-view-state';
import { formatMonth, formatNumber } from '@/lib/format';
import { ChartCard, LegendItem, plotLabel } from './chart-card';
import { AXIS_TICK, MUTED, SELECTED, SHADE } from './chart-colors';
import {
  SourcesNote,
  TooltipBox,
  activeRow,
  sourcesText,
  type TipProps,
  TOOLTIP_PROPS,
} from './chart-tooltip';
import { AxisBreak, FlightBar, HatchDefs, HATCH_ID, OPERATOR_COLORS } from './flight-marks';
import { FlightsTable } from './flights-table';
import { periodLabel } from './period-label';
import { publishers } from './sources';
import { dayNumber, monthRangeDays, toAxis } from './time-scale';
import { flightOperators, toFlightSeries, type FlightRow } from './to-flight-series';

type Props = { dataset: IndexedDataset; view: ChartView; setView: SetView };
/** The year at the end of a date (" 2025", " de 2025"): the axis already says which year. */
const NO_YEAR = /(\s+de)?\s+\d{4}/g;

export const FlightsChart = memo(function FlightsChart({ dataset, view }: Props) {
  const { t } = useTranslation('charts');
  const lang = view.lang;
  const records = dataset.series.deportationFlights;
  const series = useMemo(() => toFlightSeries(records), [records]);
  const operators = useMemo(() => flightOperators(records), [records]);
  const color = (op: string) => OPERATOR_COLORS[operators.indexOf(op) % OPERATOR_COLORS.length]!;
  const { axis } = series;
  const ax = (day: number) => Math.min(100, Math.max(0, toAxis(axis, day)));
  const shade = view.month ? monthRangeDays(view.month) : null;
  const selected = view.event ? dataset.eventById.get(view.event) : undefined;
  const selectedDay = selected ? dayNumber(selected.date) : null;
  const tickLabel = new Map(series.ticks.map((tk) => [tk.value, tk]));
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
      title={t('flights.title')}
      takeaway={t('flights.takeaway')}
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
          margin={{ top: 4, right: 8, bottom: 0, left: 0 }}
          barCategoryGap={3}
        >
          <HatchDefs />
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={series.ticks.map((tk) => tk.value)}
            tickFormatter={(v: number) => {
              const tk = tickLabel.get(v);
              return !tk ? '' : tk.kind === 'year' ? tk.iso : formatMonth(tk.iso, lang).replace(NO_YEAR, '');
            }}
            tick={AXIS_TICK}
          />
          <YAxis
            type="category"
            dataKey="id"
            width={96}
            tick={{ ...AXIS_TICK, fontSize: 10 }}
            tickFormatter={(id: string) => {
              const r = series.rows.find((x) => x.id === id);
              if (!r) return id;
              const label = periodLabel(r.period, lang);
              return r.period.kind === 'years' || r.period.kind === 'year'
                ? label
                : label.replace(NO_YEAR, '');
            }}
          />
          {axis.hasEarly && <AxisBreak from={40} to={50} />}
          {shade && shade[1] > axis.first && shade[0] < axis.last && (
            <ReferenceArea
              x1={ax(shade[0])}
              x2={ax(shade[1])}
              fill={SHADE}
              fillOpacity={0.5}
              className="month-shade"
            />
          )}
          {selectedDay !== null && selectedDay >= axis.first && selectedDay <= axis.last && (
            <ReferenceLine
              x={ax(selectedDay)}
              stroke={SELECTED}
              strokeDasharray="4 3"
              className="selected-event"
            />
          )}
          <Bar
            dataKey="span"
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
