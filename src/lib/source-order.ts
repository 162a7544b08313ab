/**
 * Sources best first, everywhere they are listed: primary statements, then grade A, B, C,
 * an original before a copy of the same grade; ties keep the data's order (pure).
 */
import type { Citation, Source } from '@/data/schema';
import type { Lang } from '@/view-state/defaults';

const GRADE_RANK = { A: 1, B: 3, C: 5 } as const;

/** 0 for a primary statement; otherwise by grade, a copy one step after an original. */
export const sourceRank = (s: Pick<Source, 'grade' | 'origin'>): number =>
  s.origin === 'primary' ? 0 : GRADE_RANK[s.grade] + (s.origin === 'copy' ? 1 : 0);

/** The sources, best first (stable). */
export function orderSources<S extends Pick<Source, 'grade' | 'origin'>>(sources: readonly S[]): S[] {
  return sources
    .map((s, i) => ({ s, i }))
    .sort((a, b) => sourceRank(a.s) - sourceRank(b.s) || a.i - b.i)
    .map((x) => x.s);
}

/** The citations, best source first (stable); citations of unknown sources last. */
export function orderCitations<C extends Pick<Citation, 'source'>>(
  citations: readonly C[],
  sourceById: ReadonlyMap<string, Pick<Source, 'grade' | 'origin'>>,
): C[] {
  const rank = (c: C) => {
    const s = sourceById.get(c.source);
    return s ? sourceRank(s) : 99;
  };
  return citations
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
    .map((x) => x.c);
}

/** The distinct source ids of the citations, best first. */
export function orderedSourceIds(
  citations: readonly Pick<Citation, 'source'>[],
  sourceById: ReadonlyMap<string, Pick<Source, 'grade' | 'origin'>>,
): string[] {
  return [...new Set(orderCitations(citations, sourceById).map((c) => c.source))];
}

/** True when every cited source is grade C: the fact is unverified. */
export function isUnverified(
  citations: readonly Pick<Citation, 'source'>[],
  sourceById: ReadonlyMap<string, Pick<Source, 'grade'>>,
): boolean {
  const grades = citations.map((c) => sourceById.get(c.source)?.grade);
  return grades.length > 0 && grades.every((g) => g === 'C');
}

const COPY_LABEL: Record<Lang, Record<NonNullable<Source['copyKind']>, (o: string, p: string) => string>> = {
  en: {
    syndicated: (o, p) => `${o}, via ${p}`,
    reworded: (o, p) => `${o}, reworded on ${p}`,
    'machine-translation': (o, p) => `${o}, via a machine re-translation on ${p}`,
    mirror: (o, p) => `${o}, via a copy on ${p}`,
    paraphrase: (o, p) => `${o}, as paraphrased by ${p}`,
  },
  es: {
    syndicated: (o, p) => `${o}, vía ${p}`,
    reworded: (o, p) => `${o}, reescrito en ${p}`,
    'machine-translation': (o, p) => `${o}, vía una retraducción automática en ${p}`,
    mirror: (o, p) => `${o}, vía una copia en ${p}`,
    paraphrase: (o, p) => `${o}, parafraseado por ${p}`,
  },
};

/** Who published it, a copy named as a copy of its original: "CNN, via a machine re-translation on whistlebuzz.com". */
export function sourceName(
  s: Pick<Source, 'publisher' | 'origin' | 'copyOf' | 'copyKind'>,
  lang: Lang,
): string {
  if (s.origin !== 'copy' || !s.copyOf || !s.copyKind) return s.publisher;
  return COPY_LABEL[lang][s.copyKind](s.copyOf, s.publisher);
}
