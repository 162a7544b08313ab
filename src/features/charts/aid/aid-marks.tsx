/** Every aid figure as a mark: filled when reported, hollow when derived, a whisker for a range or dispute. */
import { useXAxisScale, useYAxisScale } from 'recharts';
import type { AidAmount } from '@/data/schema';
import { CARD, MEASURE_COLOR } from '@/features/charts/kit/palette';
import { disputedSpans, type AidRow } from './to-aid-series';

export function AidShape({ a, color }: { a: Pick<AidAmount, 'measure' | 'derived'>; color: string }) {
  const fill = a.derived ? CARD : color;
  return a.measure === 'disbursed' ? (
    <rect x={-4} y={-4} width={8} height={8} fill={fill} stroke={color} strokeWidth={1.5} />
  ) : (
    <circle r={4} fill={fill} stroke={color} strokeWidth={1.5} />
  );
}

export function AidMarks({ rows }: { rows: readonly AidRow[] }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const px = (fy: number) => x(fy) ?? 0;
  const py = (v: number) => y(v) ?? 0;
  return (
    <g className="aid-marks">
      {disputedSpans(rows).map((d) => (
        <g key={`${d.fy}-${d.measure}`} data-dispute={`${d.fy}-${d.measure}`}>
          <line
            x1={px(d.fy)}
            x2={px(d.fy)}
            y1={py(d.lo)}
            y2={py(d.hi)}
            stroke={MEASURE_COLOR[d.measure]}
            strokeWidth={2}
            strokeDasharray="2 2"
          />
          <text
            x={px(d.fy) + 7}
            y={(py(d.lo) + py(d.hi)) / 2 + 4}
            fontSize={11}
            fill={MEASURE_COLOR[d.measure]}
          >
            ≠
          </text>
        </g>
      ))}
      {rows.flatMap((r) =>
        r.entries.map((a) => (
          <g key={a.id} data-aid={a.id}>
            {a.amountHigh !== undefined && (
              <line
                x1={px(r.fy)}
                x2={px(r.fy)}
                y1={py(a.amountUsdMillions)}
                y2={py(a.amountHigh)}
                stroke={MEASURE_COLOR[a.measure]}
                strokeWidth={3}
              />
            )}
            <g transform={`translate(${px(r.fy)},${py(a.amountUsdMillions)})`}>
              <AidShape a={a} color={MEASURE_COLOR[a.measure]} />
            </g>
          </g>
        )),
      )}
    </g>
  );
}
