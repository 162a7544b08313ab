/** Tariffs each side imposed or threatened on the other, as steps over time. */
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { SetView } from '@/view-state/use-view-state';
import { formatMonth } from '@/lib/format';
import { ChartCard, plotLabel } from '@/features/charts/kit/chart-card';
import { MonthShade, SelectedMarker, ValueGrid, clipSpan } from '@/features/charts/kit/chart-marks';
import type { ChartView } from '@/features/charts/kit/chart-view';
import { chartTakeaway, chartTitle, tariffSideLabel } from '@/features/charts/kit/chart-text';
import { activeRow, type TipProps, TOOLTIP_PROPS } from '@/features/charts/kit/chart-tooltip';
import { AXIS_TICK, MUTED } from '@/features/charts/kit/palette';
import { publishers } from '@/features/charts/kit/sources';
import { dayNumber, isoDay, monthRangeDays } from '@/features/charts/kit/time-scale';
import { TariffEpisode, TariffEpisodeList } from './tariff-episode';
import { TariffLegend } from './tariff-legend';
import { TariffMarks } from './tariff-marks';
import { TariffTooltip } from './tariff-tooltip';
import { TariffsTable } from './tariffs-table';
import { threatEpisode, toTariffSeries, type TariffRow } from './to-tariff-series';

type Props = { dataset: IndexedDataset; view: ChartView; setView: SetView };

/** Ticks every six months, from the first January or July in the domain. */
export function halfYearTicks([from, to]: [number, number]): number[] {
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
  const episode = useMemo(() => threatEpisode(series.rows), [series]);
  const [episodeInPlot, setEpisodeInPlot] = useState(true);
  const selected = view.event ? dataset.eventById.get(view.event) : undefined;
  const selectedDay = clipSpan(
    selected ? [dayNumber(selected.date), dayNumber(selected.date)] : null,
    series.domain,
  );
  const select = (id: string) => setView({ event: id });
  const sides = dataset.sides;
  const sideLabel = (id: string) => tariffSideLabel(dataset, sides, id, t, lang);
  const tooltip = (p: TipProps) => {
    const row = activeRow<TariffRow>(p);
    return row ? <TariffTooltip row={row} dataset={dataset} lang={lang} sideLabel={sideLabel} /> : null;
  };

  return (
    <ChartCard
      id="tariffs"
      title={chartTitle(dataset, 'tariffs', t, lang)}
      takeaway={chartTakeaway(dataset, 'tariffs', lang)}
      units={t('tariffs.units')}
      publishers={publishers(steps, dataset.sourceById, lang)}
      lang={lang}
      legend={<TariffLegend sides={sides} sideLabel={sideLabel} />}
      below={episode && !episodeInPlot && <TariffEpisodeList row={episode} sides={sides} lang={lang} />}
      table={<TariffsTable steps={steps} dataset={dataset} lang={lang} onSelect={select} />}
    >
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          {...plotLabel('tariffs')}
          data={series.rows}
          margin={{ top: 10, right: 12, bottom: 0, left: 0 }}
        >
          <ValueGrid />
          <XAxis
            dataKey="x"
            type="number"
            domain={series.domain}
            ticks={halfYearTicks(series.domain)}
            tickFormatter={(d: number) => formatMonth(isoDay(d).slice(0, 7), lang)}
            tick={AXIS_TICK}
          />
          <YAxis domain={[0, 55]} ticks={[0, 10, 25, 50]} unit=" %" width={42} tick={AXIS_TICK} />
          <MonthShade span={clipSpan(view.month ? monthRangeDays(view.month) : null, series.domain)} />
          <SelectedMarker x={selectedDay?.[0] ?? null} />
          <Line dataKey="anchor" stroke="none" dot={false} activeDot={false} isAnimationActive={false} />
          <TariffMarks
            series={series}
            sides={sides}
            selectedEvent={view.event}
            onSelect={select}
            episode={episode}
          />
          {episode && <TariffEpisode row={episode} sides={sides} lang={lang} onFit={setEpisodeInPlot} />}
          <Tooltip content={tooltip} cursor={{ stroke: MUTED, strokeDasharray: '2 2' }} {...TOOLTIP_PROPS} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
});
