/**
 * The text that "Copy quote with citation" puts on the clipboard, in the reader's language:
 * “…” — Speaker, role, date (Publisher, headline, link; …)
 */
import type { Actor, Quote, Source } from '@/data/schema';
import type { Lang } from '@/i18n/lang';
import { formatEventDate } from './format';
import { orderedSourceIds, sourceName } from './source-order';
import { actorName } from './actor-names';

type Lookups = {
  actorById: ReadonlyMap<string, Actor>;
  sourceById: ReadonlyMap<string, Source>;
};

/**
 * The sources that printed the words as said: every cited source except those that printed
 * a different wording (reportedWordings); all cited sources if that would leave none.
 */
export function saidSourceIds(
  quote: Pick<Quote, 'citations' | 'reportedWordings'>,
  sourceById: ReadonlyMap<string, Pick<Source, 'grade' | 'origin'>>,
): string[] {
  const all = orderedSourceIds(quote.citations, sourceById);
  const differing = new Set((quote.reportedWordings ?? []).map((w) => w.source));
  const said = all.filter((id) => !differing.has(id));
  return said.length ? said : all;
}

/** "Publisher, headline, link" (the link where one is known); a copy named as a copy. */
export const sourceText = (
  s: Pick<Source, 'publisher' | 'title' | 'url' | 'origin' | 'copyOf' | 'copyKind'>,
  lang: Lang,
): string => [sourceName(s, lang), s.title, s.url].filter(Boolean).join(', ');

export type CitationOptions = {
  /** Quote the original wording (the language spoken) instead of `text`. */
  original?: boolean;
  /** Said after the words when they are a translation, e.g. "translated from Spanish". */
  translationNote?: string;
};

export function quoteCitationText(quote: Quote, d: Lookups, lang: Lang, opts: CitationOptions = {}): string {
  const useOriginal = !!opts.original && !!quote.original;
  const words = useOriginal ? quote.original! : quote.text;
  const note =
    !useOriginal && quote.translatedFrom && opts.translationNote ? ` (${opts.translationNote})` : '';
  const speaker = d.actorById.get(quote.speaker);
  const who = speaker ? `${actorName(speaker, lang)}, ${speaker.role[lang]}` : quote.speaker;
  const date = formatEventDate(quote.date, quote.datePrecision, lang);
  // The best source that printed the words as said: never a copy when an original is cited.
  const best = saidSourceIds(quote, d.sourceById)
    .map((id) => d.sourceById.get(id))
    .find((s): s is Source => !!s);
  const cited = best ? ` (${sourceText(best, lang)})` : '';
  return `“${words}”${note} — ${who}, ${date}${cited}`;
}
