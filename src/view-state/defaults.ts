/** The typed view that the link encodes (shared/design/url-state.md), and its defaults. */
import { browserLang, type Lang } from '@/i18n/lang';
export { browserLang, LANGS, type Lang } from '@/i18n/lang';
export type IndexMode = 'goldstein' | 'count';
/** How the threat ledger orders and groups its rows. */
export type LedgerSort = 'date' | 'side' | 'topic' | 'outcome';
/** Inclusive month range, YYYY-MM. A single month has from === to. */
export type MonthRange = { from: string; to: string };
/** The timeline's visible stretch, YYYY-MM-DD, start before end. */
export type DayWindow = { start: string; end: string };
/** The timeline's lanes: one per side (US, Colombia, other) or one per topic. */
export type Lanes = 'side' | 'topic';
/** The order of the quote list. */
export type QuoteSort = 'oldest' | 'newest';

export type ViewState = {
  actor: string[];
  month: MonthRange | null;
  topic: string[];
  q: string;
  event: string | null;
  window: DayWindow | null;
  index: IndexMode;
  lanes: Lanes;
  sort: QuoteSort;
  ledger: LedgerSort;
  lang: Lang;
  /** The compact view for an iframe in an article. */
  embed: boolean;
};

export const INDEX_MODES: readonly IndexMode[] = ['goldstein', 'count'];
export const LANES: readonly Lanes[] = ['side', 'topic'];
export const QUOTE_SORTS: readonly QuoteSort[] = ['oldest', 'newest'];
export const LEDGER_SORTS: readonly LedgerSort[] = ['date', 'side', 'topic', 'outcome'];

export function defaultView(lang: Lang = browserLang()): ViewState {
  return {
    actor: [],
    month: null,
    topic: [],
    q: '',
    event: null,
    window: null,
    index: 'goldstein',
    lanes: 'side',
    sort: 'oldest',
    ledger: 'date',
    lang,
    embed: false,
  };
}
