/** One colour per topic, shared by the timeline and its legend (and any chart that colours by topic). */
const KNOWN: Record<string, string> = {
  migration: '#0f766e',
  tariffs: '#b45309',
  visas: '#7c3aed',
  drugs: '#be123c',
  sanctions: '#1d4ed8',
  military: '#374151',
  aid: '#15803d',
  diplomacy: '#0369a1',
  venezuela: '#a16207',
  trade: '#c2410c',
};
const SPARE = ['#4d7c0f', '#9d174d', '#155e75', '#6d28d9', '#854d0e'];

export function topicColor(id: string, index = 0): string {
  return KNOWN[id] ?? SPARE[index % SPARE.length]!;
}
