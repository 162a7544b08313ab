/** Aid by fiscal year (the dataset names who gives it to whom): one series per measure, never joined across measures. */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { SetView } from '@/view-state/use-view-state';
import { formatNumber } from '@/lib/format';
import { ChartCard, plotLabel } from '@/features/charts/kit/chart-card';
import { MonthShade, SelectedMarker, ValueGrid, clipSpan } from '@/features/charts/kit/chart-marks';
import type { ChartView } from '@/features/charts/kit/chart-view';
import { chartTakeaway, chartTitle } from '@/features/charts/kit/chart-text';
import { activeRow, type TipProps, TOOLTIP_PROPS } from '@/features/charts/kit/chart-tooltip';
import { AXIS_TICK, MEASURE_COLOR, MUTED } from '@/features/charts/kit/palette';
import { publishers } from '@/features/charts/kit/sources';
import { fiscalYear, monthRangeFiscalYears } from '@/features/charts/kit/time-scale';
import { AidLegend } from './aid-legend';
import { AidMarks } from './aid-marks';
import { AidTable } from './aid-table';
import { AidTooltip } from './aid-tooltip';
import { toAidSeries, type AidRow } from './to-aid-series';

type Props = { dataset: IndexedDataset; view: ChartView; setView: SetView };

export const AidChart = memo(function AidChart({ dataset, view }: Props) {
  const { t } = useTranslation('charts');
  const lang = view.lang;
  const amounts = dataset.series.aid;
  const series = useMemo(() => toAidSeries(amounts), [amounts]);
  const [lo, hi] = series.domain;
  const fys = clipSpan(view.month ? monthRangeFiscalYears(view.month) : null, series.domain);
  const selected = view.event ? dataset.eventById.get(view.event) : undefined;
  const selectedFy = selected
    ? clipSpan([fiscalYear(selected.date), fiscalYear(selected.date)], series.domain)
    : null;
  const ticks = series.rows.map((r) => r.fy).filter((fy) => (fy - lo) % 2 === 0);
  const tooltip = (p: TipProps) => {
    const r = activeRow<AidRow>(p);
    return r ? <AidTooltip row={r} amounts={amounts} dataset={dataset} lang={lang} /> : null;
  };

  return (
    <ChartCard
      id="aid"
      title={chartTitle(dataset, 'aid', t, lang)}
      takeaway={chartTakeaway(dataset, 'aid', lang)}
      units={t('aid.units')}
      publishers={publishers(amounts, dataset.sourceById, lang)}
      lang={lang}
      legend={<AidLegend measures={series.measures} />}
      table={<AidTable amounts={amounts} dataset={dataset} lang={lang} />}
    >
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          {...plotLabel('aid')}
          data={series.rows}
          margin={{ top: 10, right: 12, bottom: 0, left: 0 }}
        >
          <ValueGrid />
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
          <MonthShade span={fys && [fys[0] - 0.5, fys[1] + 0.5]} />
          <SelectedMarker x={selectedFy?.[0] ?? null} />
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
          <Tooltip content={tooltip} cursor={{ stroke: MUTED, strokeDasharray: '2 2' }} {...TOOLTIP_PROPS} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
});
