/**
 * The text that "Copy quote with citation" puts on the clipboard, in the reader's language:
 * “…” — Speaker, role, date (Publisher, headline, link; …)
 */
import type { Actor, Quote, Source } from '@/data/schema';
import type { Lang } from '@/i18n/lang';
import { formatEventDate } from './format';

type Lookups = {
  actorById: ReadonlyMap<string, Actor>;
  sourceById: ReadonlyMap<string, Source>;
};

/**
 * The sources that printed the words as said: every cited source except those that printed
 * a different wording (reportedWordings); all cited sources if that would leave none.
 */
export function saidSourceIds(quote: Pick<Quote, 'citations' | 'reportedWordings'>): string[] {
  const all = [...new Set(quote.citations.map((c) => c.source))];
  const differing = new Set((quote.reportedWordings ?? []).map((w) => w.source));
  const said = all.filter((id) => !differing.has(id));
  return said.length ? said : all;
}

/** "Publisher, headline, link" (the link where one is known). */
export const sourceText = (s: Pick<Source, 'publisher' | 'title' | 'url'>): string =>
  [s.publisher, s.title, s.url].filter(Boolean).join(', ');

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
  const who = speaker ? `${speaker.name}, ${speaker.role[lang]}` : quote.speaker;
  const date = formatEventDate(quote.date, quote.datePrecision, lang);
  const sources = saidSourceIds(quote)
    .map((id) => d.sourceById.get(id))
    .filter((s): s is Source => !!s)
    .map(sourceText);
  const cited = sources.length ? ` (${sources.join('; ')})` : '';
  return `“${words}”${note} — ${who}, ${date}${cited}`;
}
