/** Case- and accent-insensitive text matching, for the search box. */
export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/** The search words of a query: folded, split on white space. */
export const searchTerms = (q: string): string[] => fold(q).split(/\s+/).filter(Boolean);

/** True when every term occurs in at least one of the texts. */
export function matchesAll(terms: readonly string[], texts: ReadonlyArray<string | undefined>): boolean {
  if (terms.length === 0) return true;
  const haystack = fold(texts.filter(Boolean).join('\n'));
  return terms.every((t) => haystack.includes(t));
}
