/**
 * The tension index's plot: stacked bars per month and direction, the month shade, the selected event's
 * line and the zero line. The month under the pointer or keyboard goes to `onActive`; a click or Enter
 * on a month filters the page to it.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
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
import { DIRECTIONS, type Direction, type TensionMonth } from '@/data/tension-index';
import type { Lang } from '@/i18n/lang';
import { formatMonth, formatNumber } from '@/lib/format';
import type { MonthRange, ViewState } from '@/view-state/defaults';
import { plotLabel } from '@/features/charts/kit/chart-card';
import { MonthShade, SelectedMarker, ValueGrid, clipSpan } from '@/features/charts/kit/chart-marks';
import { type TipProps, TOOLTIP_PROPS } from '@/features/charts/kit/chart-tooltip';
import { AXIS_TICK, MUTED } from '@/features/charts/kit/palette';
import { useChartKeys } from '@/features/charts/kit/use-chart-keys';
import type { TensionColors } from './tension-parts';
import { TensionTooltip } from './tension-tooltip';

type Part = 'hostile' | 'cooperative' | 'value';
type Props = {
  months: readonly TensionMonth[];
  mode: ViewState['index'];
  lang: Lang;
  colors: TensionColors;
  dirLabel: (d: Direction) => string;
  /** The first and last month of the dataset: the shade is clipped to them. */
  domain: [string, string];
  shade: MonthRange | null;
  selectedMonth: string | null;
  active: string | null;
  onActive: (month: string) => void;
  onMonth: (month: string) => void;
};

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

const MARGIN = { top: 10, right: 8, bottom: 0, left: 0 };
const PARTS: Record<ViewState['index'], readonly Part[]> = {
  goldstein: ['hostile', 'cooperative'],
  count: ['value'],
};

/**
 * Every prop handed to Recharts keeps its identity until what it draws changes: Recharts 3 copies
 * its children's props into its store, and a new function there (a formatter, a dataKey) redraws the
 * whole chart again after a render that changed nothing.
 */
export function TensionPlot(props: Props) {
  const { months, mode, lang, colors, dirLabel, domain, shade, selectedMonth, active, onActive, onMonth } =
    props;
  const plot = useRef<HTMLDivElement>(null);
  useChartKeys(plot);
  useEffect(() => {
    const el = plot.current;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && active) onMonth(active);
    };
    el?.addEventListener('keydown', onKey);
    return () => el?.removeEventListener('keydown', onKey);
  }, [onMonth, active]);
  // The month comes from the hovered label, so a month without events still gets its tooltip.
  const tooltip = useCallback(
    ({ active: on, label }: TipProps) => {
      const m = on ? months.find((x) => x.month === label) : undefined;
      return m ? <TensionTooltip month={m} mode={mode} lang={lang} dirLabel={dirLabel} /> : null;
    },
    [months, mode, lang, dirLabel],
  );
  const bars = useMemo(
    () => DIRECTIONS.flatMap((d) => PARTS[mode].map((part) => tensionBar(d, part, colors))),
    [mode, colors],
  );
  const monthTick = useCallback((m: string) => formatMonth(m, lang), [lang]);
  const valueTick = useCallback((v: number) => formatNumber(v, lang), [lang]);
  const onClick = useCallback(
    (s: { activeLabel?: unknown }) => typeof s.activeLabel === 'string' && onMonth(s.activeLabel),
    [onMonth],
  );
  return (
    <div ref={plot} className="h-full w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          {...plotLabel('tension')}
          data={months as TensionMonth[]}
          stackOffset="sign"
          margin={MARGIN}
          onClick={onClick}
        >
          <ValueGrid />
          <XAxis dataKey="month" tickFormatter={monthTick} tick={AXIS_TICK} minTickGap={8} />
          <YAxis width={36} tick={AXIS_TICK} allowDecimals={mode === 'goldstein'} tickFormatter={valueTick} />
          <MonthShade span={clipSpan(shade ? [shade.from, shade.to] : null, domain)} />
          <SelectedMarker x={selectedMonth} />
          <ReferenceLine y={0} stroke={MUTED} />
          {bars}
          <ActiveMonth onChange={onActive} />
          <Tooltip content={tooltip} {...TOOLTIP_PROPS} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
