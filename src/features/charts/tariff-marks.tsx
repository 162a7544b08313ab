/**
 * The tariff steps drawn inside the chart: applied rates as solid step lines; threats hollow and dashed;
 * suspended threats struck through; exemptions as diamonds; a court ruling as a cross. A step tied to an
 * event selects it when clicked.
 */
import { useXAxisScale, useYAxisScale } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { TariffStep } from '@/data/schema';
import { SELECTED } from './chart-colors';
import { sideColor } from '@/lib/side-colors';
import type { Sides } from '@/data/sides';
import type { TariffSeries } from './to-tariff-series';

type Props = {
  series: TariffSeries;
  sides: Sides;
  selectedEvent: string | null;
  onSelect: (eventId: string) => void;
};

export function StepShape({ status, color }: { status: TariffStep['status']; color: string }) {
  switch (status) {
    case 'in-force':
      return <circle r={4} fill={color} stroke="white" strokeWidth={1} />;
    case 'threatened':
      return <circle r={5} fill="white" stroke={color} strokeWidth={1.5} strokeDasharray="2 2" />;
    case 'suspended':
      return <line x1={-6} y1={6} x2={6} y2={-6} stroke={color} strokeWidth={1.5} />;
    case 'exempted':
      return <path d="M0,-5 L5,0 L0,5 L-5,0 Z" fill="white" stroke={color} strokeWidth={1.5} />;
    case 'struck-down':
      return <path d="M-4,-4 L4,4 M-4,4 L4,-4" stroke={color} strokeWidth={2} />;
  }
}

export function TariffMarks({ series, sides, selectedEvent, onSelect }: Props) {
  const { t } = useTranslation('charts');
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const px = (day: number) => x(day) ?? 0;
  const py = (rate: number) => y(rate) ?? 0;
  const mid = (px(series.domain[0]) + px(series.domain[1])) / 2;

  const lines = series.segments.map((s, i) => {
    const prev = series.segments[i - 1];
    const join =
      prev && prev.imposer === s.imposer && prev.to === s.from ? `M${px(s.from)},${py(prev.rate)} ` : '';
    return (
      <path
        key={`${s.imposer}-${s.from}`}
        d={`${join}M${px(s.from)},${py(s.rate)} H${px(s.to)}`}
        stroke={sideColor(sides, s.imposer)}
        strokeWidth={2.5}
        fill="none"
      />
    );
  });

  return (
    <g className="tariff-marks">
      {lines}
      {series.rows.map((row) => {
        const both = new Set(row.steps.map((s) => s.imposer)).size > 1;
        const threats = row.steps.filter((s) => s.status === 'threatened');
        const outcome = row.steps.some((s) => s.status === 'suspended');
        const cx = px(row.x);
        return (
          <g key={row.date}>
            {sides.map(({ id: side }) => {
              const rates = threats.filter((s) => s.imposer === side).map((s) => s.rate);
              if (rates.length < 2) return null;
              const dx = both ? (side === sides[0].id ? -5 : 5) : 0;
              return (
                <line
                  key={side}
                  x1={cx + dx}
                  x2={cx + dx}
                  y1={py(Math.min(...rates))}
                  y2={py(Math.max(...rates))}
                  stroke={sideColor(sides, side)}
                  strokeDasharray="3 3"
                />
              );
            })}
            {threats.length > 0 && (
              <text
                x={cx < mid ? cx + 10 : cx - 10}
                y={py(Math.max(...threats.map((s) => s.rate))) + 4}
                fontSize={10}
                fill="#334155"
                textAnchor={cx < mid ? 'start' : 'end'}
              >
                {outcome ? t('tariffs.markThreatSuspended') : t('tariffs.markThreat')}
              </text>
            )}
            {row.steps.map((s) => {
              const dx = both ? (s.imposer === sides[0].id ? -5 : 5) : 0;
              const selected = !!s.event && s.event === selectedEvent;
              const label =
                s.status === 'exempted' || s.status === 'struck-down' ? t(`tariffs.mark.${s.status}`) : null;
              return (
                <g
                  key={s.id}
                  transform={`translate(${cx + dx},${py(s.rate)})`}
                  data-step={s.id}
                  style={{ cursor: s.event ? 'pointer' : undefined }}
                  onClick={s.event ? () => onSelect(s.event!) : undefined}
                >
                  {selected && <circle r={9} fill="none" stroke={SELECTED} strokeWidth={2} />}
                  <circle r={9} fill="transparent" />
                  <StepShape status={s.status} color={sideColor(sides, s.imposer)} />
                  {label && (
                    <text
                      x={-7}
                      y={s.status === 'struck-down' ? 15 : -8}
                      fontSize={10}
                      fill="#334155"
                      textAnchor="end"
                    >
                      {label}
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
    </g>
  );
}
