/**
 * The marks every chart shares, drawn inside a Recharts chart: the month shade (the view's month
 * filter), the selected event's line and the grid. Recharts 3 renders its reference elements from
 * inside custom components, so each chart uses these instead of rebuilding them.
 */
import { CartesianGrid, DefaultZIndexes, ReferenceArea, ReferenceLine } from 'recharts';
import { GRID, SELECTED, SHADE } from './palette';

type Span = readonly [number, number] | readonly [string, string];

/** Clips a span to the axis domain; null when they do not meet. Pure. */
export function clipSpan<T extends number | string>(
  span: readonly [T, T] | null,
  [lo, hi]: readonly [T, T],
): [T, T] | null {
  if (!span || span[1] < lo || span[0] > hi) return null;
  return [span[0] < lo ? lo : span[0], span[1] > hi ? hi : span[1]];
}

/**
 * The view's month filter as a pale band (class `month-shade`), if it meets the axis: over the grid but
 * under every mark (Recharts would draw a reference area over custom marks such as the tariff steps).
 */
export function MonthShade({ span }: { span: Span | null }) {
  if (!span) return null;
  return (
    <ReferenceArea
      x1={span[0]}
      x2={span[1]}
      fill={SHADE}
      fillOpacity={0.5}
      zIndex={DefaultZIndexes.barBackground}
      data-testid="month-shade"
      className="month-shade"
    />
  );
}

/** The selected event's date as a dashed line (class `selected-event`), if it is on the axis. */
export function SelectedMarker({ x }: { x: number | string | null }) {
  if (x === null) return null;
  return <ReferenceLine x={x} stroke={SELECTED} strokeDasharray="4 3" className="selected-event" />;
}

/** The light grid along the value axis. */
export function ValueGrid({ horizontal = true }: { horizontal?: boolean }) {
  return <CartesianGrid vertical={!horizontal} horizontal={horizontal} stroke={GRID} />;
}
