/** The tension index: per month, how each side acted toward the other (Goldstein weights or counts). */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  useActiveTooltipLabel,
} from 'recharts';
import type { Event } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import { directionLabel } from '@/data/sides';
import { DIRECTIONS, tensionIndex, type Direction, type TensionMonth } from '@/data/tension-index';
import { formatMonth, formatNumber } from '@/lib/format';
import type { ViewState } from '@/view-state/defaults';
import type { SetView } from '@/view-state/use-view-state';
import { ChartCard, plotLabel } from '@/features/charts/kit/chart-card';
import { MonthShade, SelectedMarker, ValueGrid, clipSpan } from '@/features/charts/kit/chart-marks';
import { type TipProps, TOOLTIP_PROPS } from '@/features/charts/kit/chart-tooltip';
import { AXIS_TICK, MUTED } from '@/features/charts/kit/palette';
import { useChartKeys } from '@/features/charts/kit/use-chart-keys';
import { TensionControls } from './tension-controls';
import { TensionLegend } from './tension-legend';
import { TensionMonthDetails } from './tension-month';
import { tensionColors, type TensionColors } from './tension-parts';
import { TensionTable } from './tension-table';
import { tensionTakeaway } from './tension-takeaway';
import { TensionTooltip } from './tension-tooltip';

type Props = { dataset: IndexedDataset; events: readonly Event[]; view: ViewState; setView: SetView };
type Part = 'hostile' | 'cooperative' | 'value';

/** Reports the month under the pointer or the keyboard to the card (hover and focus alike). */
function ActiveMonth({ onChange }: { onChange: (month: string) => void }) {
  const label = useActiveTooltipLabel();
  useEffect(() => {
    if (typeof label === 'string') onChange(label);
  }, [label, onChange]);
  return null;
}

/** One stacked bar series: a direction's hostile, cooperative or counted part. */
function tensionBar(d: Direction, part: Part, colors: TensionColors) {
  return (
    <Bar
      key={`${d}-${part}`}
      // A month without events is 0 here (no bar is drawn for 0), so the keyboard and the pointer still
      // get its tooltip, which says "—" from the month itself.
      dataKey={(m: TensionMonth) => (m[d].value === null ? 0 : m[d][part])}
      name={`${d}-${part}`}
      stackId={d}
      fill={colors[d][part === 'cooperative' ? 'cooperative' : 'hostile']}
      // The pale cooperative fill sits under 3:1 against the card; its outline in the side's
      // strong colour keeps every bar visible (WCAG 1.4.11).
      stroke={colors[d].hostile}
      strokeWidth={part === 'cooperative' ? 1 : 0}
      isAnimationActive={false}
      cursor="pointer"
    />
  );
}

export function TensionChart({ dataset, events, view, setView }: Props) {
  const { t } = useTranslation('charts');
  const { lang, index: mode } = view;
  const months = useMemo(
    () => tensionIndex(events, dataset.actorById, dataset.months, mode, dataset.sides),
    [events, dataset.actorById, dataset.months, mode, dataset.sides],
  );
  const colors = useMemo(() => tensionColors(dataset.sides), [dataset.sides]);
  const dirLabel = (d: Direction) => directionLabel(d, dataset.sides, lang);
  const selected = view.event ? dataset.eventById.get(view.event) : undefined;
  const [active, setActive] = useState<string | null>(null);
  const shown =
    active ?? (view.month?.from === view.month?.to ? view.month?.from : null) ?? selected?.date.slice(0, 7);
  const domain: [string, string] = [dataset.months[0] ?? '', dataset.months.at(-1) ?? ''];
  const selectMonth = (month: string) => setView({ month: { from: month, to: month } });
  const selectEvent = (id: string) => setView({ event: id });

  const plot = useRef<HTMLDivElement>(null);
  useChartKeys(plot);
  useEffect(() => {
    const el = plot.current;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && active) setView({ month: { from: active, to: active } });
    };
    el?.addEventListener('keydown', onKey);
    return () => el?.removeEventListener('keydown', onKey);
  }, [setView, active]);

  // The month comes from the hovered label, so a month without events still gets its tooltip.
  const tooltip = ({ active: on, label }: TipProps) => {
    const m = on ? months.find((x) => x.month === label) : undefined;
    return m ? <TensionTooltip month={m} mode={mode} lang={lang} dirLabel={dirLabel} /> : null;
  };
  const parts: readonly Part[] = mode === 'goldstein' ? ['hostile', 'cooperative'] : ['value'];
  const scope =
    events.length === dataset.events.length
      ? t('tension.scopeAll')
      : t('tension.scopeFiltered', { count: events.length, total: dataset.events.length });

  return (
    <ChartCard
      id="tension"
      title={t('tension.title')}
      takeaway={`${tensionTakeaway(months, mode, t, lang, dataset.sides)} ${scope}`}
      units={t(`tension.units.${mode}`)}
      method={
        <a href="#about-heading" className="text-blue-800 underline underline-offset-2">
          {t('tension.method')}
        </a>
      }
      publishers={[t('tension.sourceName')]}
      lang={lang}
      followsFilters
      controls={<TensionControls mode={mode} onMode={(m) => setView({ index: m })} />}
      legend={<TensionLegend mode={mode} colors={colors} dirLabel={dirLabel} />}
      below={
        <TensionMonthDetails
          month={months.find((m) => m.month === shown)}
          mode={mode}
          lang={lang}
          selected={view.event}
          dirLabel={dirLabel}
          onMonth={selectMonth}
          onEvent={selectEvent}
        />
      }
      table={
        <TensionTable
          months={months}
          mode={mode}
          lang={lang}
          sides={dataset.sides}
          selected={view.event}
          onSelect={selectEvent}
        />
      }
    >
      <div ref={plot} className="h-full w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            {...plotLabel('tension')}
            data={months}
            stackOffset="sign"
            margin={{ top: 10, right: 8, bottom: 0, left: 0 }}
            onClick={(s) => typeof s.activeLabel === 'string' && selectMonth(s.activeLabel)}
          >
            <ValueGrid />
            <XAxis
              dataKey="month"
              tickFormatter={(m: string) => formatMonth(m, lang)}
              tick={AXIS_TICK}
              minTickGap={8}
            />
            <YAxis
              width={36}
              tick={AXIS_TICK}
              allowDecimals={mode === 'goldstein'}
              tickFormatter={(v: number) => formatNumber(v, lang)}
            />
            <MonthShade span={clipSpan(view.month ? [view.month.from, view.month.to] : null, domain)} />
            <SelectedMarker x={selected ? selected.date.slice(0, 7) : null} />
            <ReferenceLine y={0} stroke={MUTED} />
            {DIRECTIONS.flatMap((d) => parts.map((part) => tensionBar(d, part, colors)))}
            <ActiveMonth onChange={setActive} />
            <Tooltip content={tooltip} {...TOOLTIP_PROPS} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartCard>
  );
}
