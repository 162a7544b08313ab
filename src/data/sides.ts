/**
 * The feud's two sides: declared by the dataset, or, when it declares none, the two countries
 * with the most actors (named by their code). Lanes, colours, legends and the tension index's
 * directions all come from here; no country is named in the code.
 */
import type { Dataset, Side, SideColor } from './schema';

export type Sides = readonly [Side, Side];
const FALLBACK_COLORS: readonly SideColor[] = ['blue', 'amber'];

export function sidesOf(d: Pick<Dataset, 'sides' | 'actors'>): Sides {
  if (d.sides) return d.sides;
  const counts = new Map<string, number>();
  for (const a of d.actors) counts.set(a.country, (counts.get(a.country) ?? 0) + 1);
  const codes = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
  const side = (i: number): Side => {
    const id = codes[i] ?? (i === 0 ? 'XA' : 'XB');
    return { id, name: { en: id, es: id }, short: { en: id, es: id }, color: FALLBACK_COLORS[i]! };
  };
  return [side(0), side(1)];
}

/** "US → Colombia": a direction (`ab` or `ba`) in the sides' short names. */
export function directionLabel(direction: 'ab' | 'ba', sides: Sides, lang: 'en' | 'es'): string {
  const [from, to] = direction === 'ab' ? sides : [sides[1], sides[0]];
  return `${from.short[lang]} → ${to.short[lang]}`;
}
