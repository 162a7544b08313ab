/**
 * The tariff steps drawn inside the chart: applied rates as solid step lines; threats hollow and dashed;
 * suspended threats struck through; exemptions as diamonds; a court ruling as a cross. A step tied to an
 * event selects it when clicked.
 */
import { useXAxisScale, useYAxisScale } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { TariffStep } from '@/data/schema';
import type { Sides } from '@/data/sides';
import { sideColor } from '@/lib/side-colors';
import { CARD, SELECTED, TEXT } from '@/features/charts/kit/palette';
import type { TariffRow, TariffSeries } from './to-tariff-series';

type Props = {
  series: TariffSeries;
  sides: Sides;
  selectedEvent: string | null;
  onSelect: (eventId: string) => void;
  /** The row the callout explains: its markers get no labels of their own. */
  episode: TariffRow | null;
};
type Scale = { px: (day: number) => number; py: (rate: number) => number };

export function StepShape({ status, color }: { status: TariffStep['status']; color: string }) {
  switch (status) {
    case 'in-force':
      return <circle r={4} fill={color} stroke={CARD} strokeWidth={1} />;
    case 'threatened':
      return <circle r={5} fill={CARD} stroke={color} strokeWidth={1.5} strokeDasharray="2 2" />;
    case 'suspended':
      return <line x1={-6} y1={6} x2={6} y2={-6} stroke={color} strokeWidth={1.5} />;
    case 'exempted':
      return <path d="M0,-5 L5,0 L0,5 L-5,0 Z" fill={CARD} stroke={color} strokeWidth={1.5} />;
    case 'struck-down':
      return <path d="M-4,-4 L4,4 M-4,4 L4,-4" stroke={color} strokeWidth={2} />;
  }
}

/** The applied rates as solid step lines, joined where one rate follows another. */
function InForceLines({ series, sides, px, py }: Pick<Props, 'series' | 'sides'> & Scale) {
  return series.segments.map((s, i) => {
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
}

/** Where two threats of one side on one day differ (25 then 50 %): a dashed line between them. */
function ThreatSpans({
  row,
  sides,
  cx,
  dx,
  py,
}: {
  row: TariffRow;
  sides: Sides;
  cx: number;
  dx: (side: string) => number;
  py: Scale['py'];
}) {
  return sides.map(({ id: side }) => {
    const rates = row.steps.filter((s) => s.status === 'threatened' && s.imposer === side).map((s) => s.rate);
    if (rates.length < 2) return null;
    return (
      <line
        key={side}
        x1={cx + dx(side)}
        x2={cx + dx(side)}
        y1={py(Math.min(...rates))}
        y2={py(Math.max(...rates))}
        stroke={sideColor(sides, side)}
        strokeDasharray="3 3"
      />
    );
  });
}

/** One step's marker: its shape in its side's colour, a ring when its event is selected, a short label. */
function StepMark({
  step,
  x,
  y,
  selected,
  sides,
  onSelect,
}: {
  step: TariffStep;
  x: number;
  y: number;
  selected: boolean;
  sides: Sides;
  onSelect: Props['onSelect'];
}) {
  const { t } = useTranslation('charts');
  const label =
    step.status === 'exempted' || step.status === 'struck-down' ? t(`tariffs.mark.${step.status}`) : null;
  return (
    <g
      transform={`translate(${x},${y})`}
      data-step={step.id}
      style={{ cursor: step.event ? 'pointer' : undefined }}
      onClick={step.event ? () => onSelect(step.event!) : undefined}
    >
      {selected && <circle r={9} fill="none" stroke={SELECTED} strokeWidth={2} />}
      <circle r={9} fill="transparent" />
      <StepShape status={step.status} color={sideColor(sides, step.imposer)} />
      {label && (
        <text x={-7} y={step.status === 'struck-down' ? 15 : -8} fontSize={10} fill={TEXT} textAnchor="end">
          {label}
        </text>
      )}
    </g>
  );
}

export function TariffMarks({ series, sides, selectedEvent, onSelect, episode }: Props) {
  const { t } = useTranslation('charts');
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const px = (day: number) => x(day) ?? 0;
  const py = (rate: number) => y(rate) ?? 0;
  const mid = (px(series.domain[0]) + px(series.domain[1])) / 2;
  return (
    <g className="tariff-marks">
      <InForceLines series={series} sides={sides} px={px} py={py} />
      {series.rows.map((row) => {
        const both = new Set(row.steps.map((s) => s.imposer)).size > 1;
        const dx = (side: string) => (both ? (side === sides[0].id ? -5 : 5) : 0);
        const threats = row.steps.filter((s) => s.status === 'threatened');
        const cx = px(row.x);
        return (
          <g key={row.date}>
            <ThreatSpans row={row} sides={sides} cx={cx} dx={dx} py={py} />
            {threats.length > 0 && row !== episode && (
              <text
                x={cx < mid ? cx + 10 : cx - 10}
                y={py(Math.max(...threats.map((s) => s.rate))) + 4}
                fontSize={10}
                fill={TEXT}
                textAnchor={cx < mid ? 'start' : 'end'}
              >
                {row.steps.some((s) => s.status === 'suspended')
                  ? t('tariffs.markThreatSuspended')
                  : t('tariffs.markThreat')}
              </text>
            )}
            {row.steps.map((s) => (
              <StepMark
                key={s.id}
                step={s}
                x={cx + dx(s.imposer)}
                y={py(s.rate)}
                selected={!!s.event && s.event === selectedEvent}
                sides={sides}
                onSelect={onSelect}
              />
            ))}
          </g>
        );
      })}
    </g>
  );
}
