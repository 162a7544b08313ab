/** The flights chart's bar: a count's length, hatched when derived, dashed when disputed. */
import { usePlotArea } from 'recharts';
import { CARD, INK, SUBTLE, TEXT } from '@/features/charts/kit/palette';
import type { FlightRow } from './to-flight-series';

export const HATCH_ID = 'flights-derived-hatch';

export function HatchDefs({ id = HATCH_ID }: { id?: string }) {
  return (
    <defs>
      <pattern id={id} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="5" height="5" fill={CARD} />
        <line x1="0" y1="0" x2="0" y2="5" stroke={SUBTLE} strokeWidth="2" />
      </pattern>
    </defs>
  );
}

type BarProps = {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: FlightRow;
  color: string;
  label: string;
};

/** A period's bar, at least 4 px wide, hatched when derived, dashed when disputed, with its count. */
export function FlightBar({ x = 0, y = 0, width = 0, height = 0, payload, color, label }: BarProps) {
  const plot = usePlotArea();
  if (!payload) return null;
  const w = Math.max(width, 4);
  const derived = payload.record.derived;
  const disputed = payload.disputedWith.length > 0;
  const right = plot ? plot.x + plot.width : x + w + 100;
  const labelRight = x + w + 4 + label.length * 6.8 < right;
  return (
    <g data-flight={payload.id} data-count={payload.record.flights}>
      <rect
        x={x}
        y={y}
        width={w}
        height={height}
        fill={derived ? `url(#${HATCH_ID})` : color}
        stroke={color}
        strokeWidth={derived || disputed ? 1.5 : 0}
        strokeDasharray={disputed ? '3 2' : undefined}
      />
      <text
        x={labelRight ? x + w + 4 : x + w - 4}
        y={y + height / 2 + 4}
        fontSize={12}
        fontWeight={labelRight ? undefined : 600}
        fill={labelRight ? TEXT : derived ? INK : CARD}
        paintOrder={!labelRight && derived ? 'stroke' : undefined}
        stroke={!labelRight && derived ? CARD : undefined}
        strokeWidth={!labelRight && derived ? 3 : undefined}
        textAnchor={labelRight ? 'start' : 'end'}
      >
        {label}
      </text>
    </g>
  );
}
