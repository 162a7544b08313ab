/** The sources behind chart points (pure). */
import type { Citation, Source } from '@/data/schema';
import type { Lang } from '@/view-state/defaults';
import { orderCitations, orderSources, sourceName } from '@/lib/source-order';

/** The distinct sources of the citations, best first. */
export function citedSources(
  citations: readonly Citation[],
  sourceById: ReadonlyMap<string, Source>,
): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const c of orderCitations(citations, sourceById)) {
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
  lang: Lang,
): string[] {
  const sources = orderSources(
    citedSources(
      items.flatMap((i) => i.citations),
      sourceById,
    ),
  );
  return [...new Set(sources.map((s) => sourceName(s, lang)))];
}
