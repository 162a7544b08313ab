/** Tariffs each side imposed or threatened on the other, as steps over time. */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { ViewState } from '@/view-state/defaults';
import type { SetView } from '@/view-state/use-view-state';
import { formatEventDate, formatMonth, formatNumber } from '@/lib/format';
import { ChartCard, LegendItem, plotLabel } from './chart-card';
import { AXIS_TICK, GRID, MUTED, SELECTED, SHADE } from './chart-colors';
import { sideColor } from '@/lib/side-colors';
import { chartTakeaway, chartTitle, tariffSideLabel } from './chart-text';
import {
  SourcesNote,
  TooltipBox,
  activeRow,
  sourcesText,
  type TipProps,
  TOOLTIP_PROPS,
} from './chart-tooltip';
import { StepShape, TariffMarks } from './tariff-marks';
import { TariffsTable } from './tariffs-table';
import { dayNumber, isoDay, monthRangeDays } from './time-scale';
import { toTariffSeries, type TariffRow } from './to-tariff-series';
import { publishers } from './sources';

/** Only the parts of the view this chart draws: a filter on actors, topics or words does not redraw it. */
export type ChartView = Pick<ViewState, 'lang' | 'month' | 'event'>;
type Props = { dataset: IndexedDataset; view: ChartView; setView: SetView };
const STATUSES = ['in-force', 'threatened', 'suspended', 'exempted', 'struck-down'] as const;

/** Ticks every six months, from the first January or July in the domain. */
function halfYearTicks([from, to]: [number, number]): number[] {
  const ticks: number[] = [];
  for (let y = Number(isoDay(from).slice(0, 4)); y <= Number(isoDay(to).slice(0, 4)); y++)
    for (const m of ['01', '07']) {
      const d = dayNumber(`${y}-${m}-01`);
      if (d >= from && d <= to) ticks.push(d);
    }
  return ticks;
}

export const TariffsChart = memo(function TariffsChart({ dataset, view, setView }: Props) {
  const { t } = useTranslation('charts');
  const lang = view.lang;
  const steps = dataset.series.tariffs;
  const series = useMemo(() => toTariffSeries(steps, dataset.updated), [steps, dataset.updated]);
  const [lo, hi] = series.domain;
  const shade = view.month ? monthRangeDays(view.month) : null;
  const selected = view.event ? dataset.eventById.get(view.event) : undefined;
  const selectedDay = selected ? dayNumber(selected.date) : null;
  const select = (id: string) => setView({ event: id });
  const sides = dataset.sides;
  const sideLabel = (id: string) => tariffSideLabel(dataset, sides, id, t, lang);

  const renderTooltip = (p: TipProps) => {
    const row = activeRow<TariffRow>(p);
    if (!row) return null;
    return (
      <TooltipBox title={formatEventDate(row.date, 'day', lang)}>
        {row.steps.map((s) => (
          <div key={s.id}>
            <p>
              <span className="font-semibold" style={{ color: sideColor(sides, s.imposer) }}>
                {sideLabel(s.imposer)}: {formatNumber(s.rate, lang)} %
              </span>{' '}
              · {t(`tariffs.status.${s.status}`)}
            </p>
            <p>{s.scope[lang]}</p>
            <SourcesNote label={t('source')} text={sourcesText(s.citations, dataset.sourceById, lang)} />
          </div>
        ))}
      </TooltipBox>
    );
  };

  return (
    <ChartCard
      id="tariffs"
      title={chartTitle(dataset, 'tariffs', t, lang)}
      takeaway={chartTakeaway(dataset, 'tariffs', lang)}
      units={t('tariffs.units')}
      publishers={publishers(steps, dataset.sourceById, lang)}
      lang={lang}
      legend={
        <>
          {sides.map(({ id }) => (
            <LegendItem
              key={id}
              label={sideLabel(id)}
              swatch={<rect x={1} y={4} width={16} height={4} fill={sideColor(sides, id)} />}
            />
          ))}
          {STATUSES.map((s) => (
            <LegendItem
              key={s}
              label={t(`tariffs.status.${s}`)}
              swatch={
                <g transform="translate(9,6)">
                  <StepShape status={s} color={MUTED} />
                </g>
              }
            />
          ))}
        </>
      }
      table={<TariffsTable steps={steps} dataset={dataset} lang={lang} onSelect={select} />}
    >
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          {...plotLabel('tariffs')}
          data={series.rows}
          margin={{ top: 10, right: 12, bottom: 0, left: 0 }}
        >
          <CartesianGrid vertical={false} stroke={GRID} />
          <XAxis
            dataKey="x"
            type="number"
            domain={series.domain}
            ticks={halfYearTicks(series.domain)}
            tickFormatter={(d: number) => formatMonth(isoDay(d).slice(0, 7), lang)}
            tick={AXIS_TICK}
          />
          <YAxis domain={[0, 55]} ticks={[0, 10, 25, 50]} unit=" %" width={42} tick={AXIS_TICK} />
          {shade && shade[1] > lo && shade[0] < hi && (
            <ReferenceArea
              x1={Math.max(shade[0], lo)}
              x2={Math.min(shade[1], hi)}
              fill={SHADE}
              fillOpacity={0.5}
              data-testid="month-shade"
              className="month-shade"
            />
          )}
          {selectedDay !== null && selectedDay >= lo && selectedDay <= hi && (
            <ReferenceLine
              x={selectedDay}
              stroke={SELECTED}
              strokeDasharray="4 3"
              className="selected-event"
            />
          )}
          <Line dataKey="anchor" stroke="none" dot={false} activeDot={false} isAnimationActive={false} />
          <TariffMarks series={series} sides={sides} selectedEvent={view.event} onSelect={select} />
          <Tooltip
            content={renderTooltip}
            cursor={{ stroke: MUTED, strokeDasharray: '2 2' }}
            {...TOOLTIP_PROPS}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
});
