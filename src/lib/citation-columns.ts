/**
 * Citations as flat columns for CSV downloads: the sources best first (name, grade, headline,
 * date, link), whether they are unverified, and their excerpts.
 */
import type { Citation } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { Lang } from '@/view-state/defaults';
import { isUnverified, orderCitations, sourceName } from '@/lib/source-order';

const SEP = ' | ';

export function citationColumns(
  citations: readonly Citation[],
  d: Pick<IndexedDataset, 'sourceById'>,
  lang: Lang,
) {
  const ordered = orderCitations(citations, d.sourceById);
  const sources = ordered.map((c) => {
    const s = d.sourceById.get(c.source);
    return s
      ? [
          sourceName(s, lang),
          `${lang === 'es' ? 'calificación' : 'grade'} ${s.grade}`,
          s.title,
          s.published,
          s.url,
        ]
          .filter(Boolean)
          .join(' — ')
      : c.source;
  });
  return {
    sources: sources.join(SEP),
    unverified: isUnverified(citations, d.sourceById) ? (lang === 'es' ? 'sí' : 'yes') : '',
    excerpts: ordered
      .map((c) => c.excerpt ?? '')
      .filter(Boolean)
      .join(SEP),
  };
}
