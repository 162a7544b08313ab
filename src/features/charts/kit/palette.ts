/** The charts' one palette: plain values of the theme tokens (src/styles/theme.css), for SVG attributes. */
import type { AidAmount } from '@/data/schema';
import { themeColor } from '@/lib/theme-colors';

export const CARD = themeColor('chart-card');
export const INK = themeColor('chart-ink');
export const TEXT = themeColor('chart-text');
export const SUBTLE = themeColor('chart-subtle');
export const MUTED = themeColor('chart-muted');
export const GRID = themeColor('chart-grid');
export const SHADE = themeColor('chart-shade');
export const SELECTED = themeColor('chart-selected');
export const AXIS_TICK = { fontSize: 12, fill: TEXT } as const;

/** Series that are not a side (flight operators), in order. */
export const SERIES = [1, 2, 3, 4, 5].map((i) => themeColor(`series-${i}`));

export const MEASURE_COLOR: Readonly<Record<AidAmount['measure'], string>> = {
  appropriated: themeColor('measure-appropriated'),
  requested: themeColor('measure-requested'),
  'total-all-agencies': themeColor('measure-total-all-agencies'),
  obligated: themeColor('measure-obligated'),
  disbursed: themeColor('measure-disbursed'),
};
