/**
 * The link format, one parameter at a time: each parser turns the raw text into a value, or
 * null when the text is invalid; each serializer writes the one canonical form (lists sorted
 * and de-duplicated). The nuqs parsers in view-parsers.ts and the pure helpers below share
 * these functions, so the hook and the tests speak the same format.
 */
import { isRealDay } from '@/lib/dates';
import type { KnownIds } from '@/data/known-ids';
import { LINK_VERSION, linkVersion } from './link-migrations';
import {
  defaultView,
  INDEX_MODES,
  LANES,
  LEDGER_SORTS,
  LANGS,
  QUOTE_SORTS,
  type DayWindow,
  type IndexMode,
  type LedgerSort,
  type Lang,
  type Lanes,
  type MonthRange,
  type QuoteSort,
  type ViewState,
} from './defaults';

export const MAX_PARAM_LENGTH = 500;
export const MAX_QUERY_LENGTH = 200;
export const MAX_LIST_ITEMS = 40;
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const MONTH = /^(\d{4})-(\d{2})$/;

export const PARAMS = [
  'actor',
  'month',
  'topic',
  'q',
  'event',
  'window',
  'index',
  'lanes',
  'sort',
  'ledger',
  'lang',
  'embed',
  'v',
] as const;
export type Param = (typeof PARAMS)[number];

const isMonth = (s: string) => {
  const m = MONTH.exec(s);
  return !!m && Number(m[1]) >= 1900 && Number(m[1]) <= 2100 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
};
const isDay = (s: string) => isRealDay(s) && s >= '1900' && s < '2101';

/** Comma-separated ids: sorted, de-duplicated; null if any item is not an id. */
export function parseIdList(raw: string): string[] | null {
  if (raw.length > MAX_PARAM_LENGTH) return null;
  const items = raw.split(',').filter((s) => s !== '');
  if (items.length === 0 || items.length > MAX_LIST_ITEMS || !items.every((s) => ID.test(s))) return null;
  return [...new Set(items)].sort();
}
export const serializeIdList = (ids: readonly string[]): string => [...new Set(ids)].sort().join(',');

export function parseMonth(raw: string): MonthRange | null {
  const [from = '', to = from, ...rest] = raw.split('..');
  if (rest.length || !isMonth(from) || !isMonth(to) || to < from) return null;
  return { from, to };
}
export const serializeMonth = (m: MonthRange): string => (m.from === m.to ? m.from : `${m.from}..${m.to}`);

export function parseWindow(raw: string): DayWindow | null {
  const [start, end, ...rest] = raw.split('..');
  if (rest.length || !start || !end || !isDay(start) || !isDay(end) || end <= start) return null;
  return { start, end };
}
export const serializeWindow = (w: DayWindow): string => `${w.start}..${w.end}`;

export function parseQuery(raw: string): string | null {
  const q = raw.trim();
  return q.length > 0 && q.length <= MAX_QUERY_LENGTH ? raw : null;
}

export function parseEventId(raw: string): string | null {
  return ID.test(raw) ? raw : null;
}

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: string): T | null =>
    (values as readonly string[]).includes(raw) ? (raw as T) : null;
export const parseIndex: (raw: string) => IndexMode | null = oneOf(INDEX_MODES);
export const parseLedgerSort: (raw: string) => LedgerSort | null = oneOf(LEDGER_SORTS);
export const parseLang: (raw: string) => Lang | null = oneOf(LANGS);
export const parseLanes: (raw: string) => Lanes | null = oneOf(LANES);
export const parseSort: (raw: string) => QuoteSort | null = oneOf(QUOTE_SORTS);
export const parseEmbed = (raw: string): boolean | null => (raw === '1' ? true : null);

export type { KnownIds } from '@/data/known-ids';
/**
 * Why a value was dropped: it does not parse (`invalid`), it names an id the dataset does not
 * have (`unknown`), or it is a link format this version cannot read (`version`).
 */
export type IgnoreReason = 'invalid' | 'unknown' | 'version';
/** A parameter value that was dropped, with its reason, for the notice. */
export type Ignored = { param: Param; value: string; reason: IgnoreReason };

/**
 * The one parser of the link: reads a query string into a full ViewState, reporting every value
 * it had to drop and why (as OWID's GrapherQueryParamParser does). Without `known`, ids are not
 * checked against the dataset. Never throws; unknown parameters are ignored.
 */
export function parseView(
  search: string,
  known?: KnownIds,
  lang?: Lang,
): { view: ViewState; ignored: Ignored[] } {
  const params = new URLSearchParams(search);
  const view = defaultView(lang);
  const ignored: Ignored[] = [];
  const read = <T>(param: Param, parse: (raw: string) => T | null, apply: (value: T) => void) => {
    const raw = params.get(param);
    if (raw === null) return;
    const value = parse(raw);
    if (value === null) ignored.push({ param, value: raw, reason: 'invalid' });
    else apply(value);
  };
  const keepKnown = (param: Param, ids: string[], set: ReadonlySet<string> | undefined) => {
    if (!set) return ids;
    ids.filter((id) => !set.has(id)).forEach((value) => ignored.push({ param, value, reason: 'unknown' }));
    return ids.filter((id) => set.has(id));
  };

  read('actor', parseIdList, (ids) => (view.actor = keepKnown('actor', ids, known?.actors)));
  read('month', parseMonth, (m) => (view.month = m));
  read('topic', parseIdList, (ids) => (view.topic = keepKnown('topic', ids, known?.topics)));
  read('q', parseQuery, (q) => (view.q = q));
  read('event', parseEventId, (id) => (view.event = keepKnown('event', [id], known?.events)[0] ?? null));
  read('window', parseWindow, (w) => (view.window = w));
  read('index', parseIndex, (i) => (view.index = i));
  read('lanes', parseLanes, (l) => (view.lanes = l));
  read('sort', parseSort, (s) => (view.sort = s));
  read('ledger', parseLedgerSort, (s) => (view.ledger = s));
  read('lang', parseLang, (l) => (view.lang = l));
  read('embed', parseEmbed, (e) => (view.embed = e));
  // A link format this version cannot read (migrations already ran): its marker is dropped.
  const v = linkVersion(params);
  if (v === null || v > LINK_VERSION)
    ignored.push({ param: 'v', value: params.get('v') ?? '', reason: 'version' });
  return { view, ignored };
}

/** The former name of parseView, kept for callers written before it. */
export const parseSearch = parseView;
