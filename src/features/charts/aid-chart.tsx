/** Aid by fiscal year (the dataset names who gives it to whom): one series per measure, never joined across measures. */
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
import type { ChartView } from './tariffs-chart';
import type { SetView } from '@/view-state/use-view-state';
import { formatNumber } from '@/lib/format';
import { ChartCard, LegendItem, plotLabel } from './chart-card';
import { chartTakeaway, chartTitle } from './chart-text';
import { AXIS_TICK, GRID, MUTED, SELECTED, SHADE } from './chart-colors';
import {
  SourcesNote,
  TooltipBox,
  activeRow,
  sourcesText,
  type TipProps,
  TOOLTIP_PROPS,
} from './chart-tooltip';
import { AidMarks, AidShape } from './aid-marks';
import { aidAmountText, MEASURE_COLOR } from './aid-format';
import { AidTable } from './aid-table';
import { publishers } from './sources';
import { fiscalYear, monthRangeFiscalYears } from './time-scale';
import { disputedWith, toAidSeries, type AidRow } from './to-aid-series';

type Props = { dataset: IndexedDataset; view: ChartView; setView: SetView };

export const AidChart = memo(function AidChart({ dataset, view }: Props) {
  const { t } = useTranslation('charts');
  const lang = view.lang;
  const amounts = dataset.series.aid;
  const series = useMemo(() => toAidSeries(amounts), [amounts]);
  const [lo, hi] = series.domain;
  const fys = view.month ? monthRangeFiscalYears(view.month) : null;
  const selected = view.event ? dataset.eventById.get(view.event) : undefined;
  const selectedFy = selected ? fiscalYear(selected.date) : null;
  const ticks = series.rows.map((r) => r.fy).filter((fy) => (fy - lo) % 2 === 0);

  const renderTooltip = (p: TipProps) => {
    const r = activeRow<AidRow>(p);
    if (!r) return null;
    return (
      <TooltipBox title={t('aid.fyLong', { year: r.fy })}>
        {r.entries.length === 0 && <p>{t('aid.noFigure')}</p>}
        {r.entries.map((a) => (
          <div key={a.id}>
            <p>
              <span className="font-semibold" style={{ color: MEASURE_COLOR[a.measure] }}>
                {t(`aid.measure.${a.measure}`)}: {t('aid.value', { amount: aidAmountText(a, lang) })}
              </span>
              {a.derived && ` · ${t('derived')}`}
            </p>
            {disputedWith(amounts, a).length > 0 && (
              <p className="font-semibold">
                {t('disputedAmong', {
                  values: disputedWith(amounts, a)
                    .map((o) => `${aidAmountText(o, lang)} (${t(`aid.measure.${o.measure}`)})`)
                    .join(', '),
                })}
              </p>
            )}
            <SourcesNote label={t('source')} text={sourcesText(a.citations, dataset.sourceById, lang)} />
          </div>
        ))}
      </TooltipBox>
    );
  };

  return (
    <ChartCard
      id="aid"
      title={chartTitle(dataset, 'aid', t, lang)}
      takeaway={chartTakeaway(dataset, 'aid', lang)}
      units={t('aid.units')}
      publishers={publishers(amounts, dataset.sourceById, lang)}
      lang={lang}
      legend={
        <>
          {series.measures.map((m) => (
            <LegendItem
              key={m}
              label={t(`aid.measure.${m}`)}
              swatch={
                <g transform="translate(9,6)">
                  <line x1={-8} x2={8} stroke={MEASURE_COLOR[m]} strokeWidth={2} />
                  <AidShape a={{ measure: m }} color={MEASURE_COLOR[m]} />
                </g>
              }
            />
          ))}
          <LegendItem
            label={t('derived')}
            swatch={<circle cx={9} cy={6} r={4} fill="white" stroke={MUTED} strokeWidth={1.5} />}
          />
          <LegendItem
            label={t('disputed')}
            swatch={
              <line x1={9} x2={9} y1={0} y2={12} stroke={MUTED} strokeWidth={2} strokeDasharray="2 2" />
            }
          />
        </>
      }
      table={<AidTable amounts={amounts} dataset={dataset} lang={lang} />}
    >
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          {...plotLabel('aid')}
          data={series.rows}
          margin={{ top: 10, right: 12, bottom: 0, left: 0 }}
        >
          <CartesianGrid vertical={false} stroke={GRID} />
          <XAxis
            dataKey="fy"
            type="number"
            domain={[lo - 0.5, hi + 0.5]}
            ticks={ticks}
            tickFormatter={(fy: number) => t('aid.fy', { year: String(fy).slice(2) })}
            tick={AXIS_TICK}
          />
          <YAxis
            domain={[0, 'auto']}
            width={40}
            tick={AXIS_TICK}
            tickFormatter={(v: number) => formatNumber(v, lang)}
          />
          {fys && fys[1] >= lo && fys[0] <= hi && (
            <ReferenceArea
              x1={Math.max(fys[0], lo) - 0.5}
              x2={Math.min(fys[1], hi) + 0.5}
              fill={SHADE}
              fillOpacity={0.5}
              className="month-shade"
            />
          )}
          {selectedFy !== null && selectedFy >= lo && selectedFy <= hi && (
            <ReferenceLine
              x={selectedFy}
              stroke={SELECTED}
              strokeDasharray="4 3"
              className="selected-event"
            />
          )}
          {series.measures.map((m) => (
            <Line
              key={m}
              dataKey={(r: AidRow) => r.line[m]}
              name={m}
              stroke={MEASURE_COLOR[m]}
              strokeWidth={2}
              connectNulls={false}
              dot={false}
              activeDot={false}
              isAnimationActive={false}
            />
          ))}
          <AidMarks rows={series.rows} />
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
