/** One colour per topic, shared by the timeline and its legend (and any chart that colours by topic). */
// None in the blue of the United States or the amber of Colombia (chart-colors.ts, the @theme tokens),
// and no two in one hue family (red and the two rose-pinks differ by lightness).
const KNOWN: Record<string, string> = {
  migration: '#0f766e', // teal
  tariffs: '#a21caf', // fuchsia
  visas: '#6d28d9', // violet
  drugs: '#db2777', // pink (light)
  sanctions: '#b91c1c', // red
  military: '#334155', // slate
  aid: '#15803d', // green
  diplomacy: '#0e7490', // cyan
  venezuela: '#881337', // rose (dark)
  trade: '#4d7c0f', // lime
};
const SPARE = ['#047857', '#7e22ce', '#52525b', '#be123c', '#155e75'];

export function topicColor(id: string, index = 0): string {
  return KNOWN[id] ?? SPARE[index % SPARE.length]!;
}
