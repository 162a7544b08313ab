/** The chart's fixed parts: the open-arrow markers and the month ticks with their labels. */
import type { Lang } from '@/view-state/defaults';
import { formatMonth } from '@/lib/format';
import { AXIS, TOP, type ChartScale } from '@/features/ledger/ledger-chart-scale';
import { STATUS_STYLE } from '@/features/ledger/status-style';

export function ArrowMarkers({ ids }: { ids: string }) {
  return (
    <defs>
      {(['pending', 'unknown'] as const).map((s) => (
        <marker
          key={s}
          id={`${ids}-arrow-${s}`}
          viewBox="0 0 8 8"
          refX="7"
          refY="4"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0,0 L8,4 L0,8 z" fill={STATUS_STYLE[s].color} />
        </marker>
      ))}
    </defs>
  );
}

export function MonthTicks({ scale, lang }: { scale: ChartScale; lang: Lang }) {
  const { x, ticks, height, anchor, narrowLabel } = scale;
  return ticks.map((m) => (
    <g key={m} aria-hidden="true">
      <line x1={x(`${m}-01`)} x2={x(`${m}-01`)} y1={TOP} y2={height - AXIS + 2} stroke="#e2e8f0" />
      <text
        x={x(`${m}-01`)}
        y={height - 6}
        textAnchor={anchor(m)}
        className={narrowLabel(m) ? undefined : 'max-sm:hidden'}
        fontSize={10}
        fill="#334155"
      >
        {formatMonth(m, lang)}
      </text>
    </g>
  ));
}
