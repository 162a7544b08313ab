/** The sources behind chart points (pure). */
import type { Citation, Source } from '@/data/schema';

/** The distinct sources of the citations, in order of first mention. */
export function citedSources(
  citations: readonly Citation[],
  sourceById: ReadonlyMap<string, Source>,
): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const c of citations) {
    const s = sourceById.get(c.source);
    if (s && !seen.has(s.id)) {
      seen.add(s.id);
      out.push(s);
    }
  }
  return out;
}

/** Distinct publishers behind a whole series, for the card's source line. */
export function publishers(
  items: readonly { citations: readonly Citation[] }[],
  sourceById: ReadonlyMap<string, Source>,
): string[] {
  return [
    ...new Set(
      citedSources(
        items.flatMap((i) => i.citations),
        sourceById,
      ).map((s) => s.publisher),
    ),
  ];
}
