/** Colours shared by the charts (Tailwind palette values: SVG attributes need plain colours). */
export const SIDE_COLOR = { US: '#1d4ed8', CO: '#b45309' } as const;
export const SHADE = '#fde68a';
export const SELECTED = '#be123c';
export const MUTED = '#64748b';
export const GRID = '#e2e8f0';
export const AXIS_TICK = { fontSize: 12, fill: '#334155' } as const;
