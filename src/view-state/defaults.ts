/** The typed view that the link encodes (shared/design/url-state.md), and its defaults. */
export type Lang = 'en' | 'es';
export type IndexMode = 'goldstein' | 'count';
/** Inclusive month range, YYYY-MM. A single month has from === to. */
export type MonthRange = { from: string; to: string };
/** The timeline's visible stretch, YYYY-MM-DD, start before end. */
export type DayWindow = { start: string; end: string };

export type ViewState = {
  actor: string[];
  month: MonthRange | null;
  topic: string[];
  q: string;
  event: string | null;
  window: DayWindow | null;
  index: IndexMode;
  lang: Lang;
  /** The compact view for an iframe in an article. */
  embed: boolean;
  /** A dataset at another address (https), shown instead of the bundled story. */
  data: string | null;
};

export const LANGS: readonly Lang[] = ['en', 'es'];
export const INDEX_MODES: readonly IndexMode[] = ['goldstein', 'count'];

/** The browser's language if Spanish, else English. */
export function browserLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
  return languages[0]?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function defaultView(lang: Lang = browserLang()): ViewState {
  return {
    actor: [],
    month: null,
    topic: [],
    q: '',
    event: null,
    window: null,
    index: 'goldstein',
    lang,
    embed: false,
    data: null,
  };
}
