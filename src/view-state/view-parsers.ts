/** nuqs parsers for every link parameter, built on the codec's parse and serialize functions. */
import { createParser, createSerializer } from 'nuqs';
import { browserLang, type DayWindow, type Lang, type MonthRange, type ViewState } from './defaults';
import {
  parseEventId,
  parseIdList,
  parseIndex,
  parseEmbed,
  parseLang,
  parseLanes,
  parseSort,
  parseLedgerSort,
  parseMonth,
  parseQuery,
  parseWindow,
  serializeIdList,
  serializeMonth,
  serializeWindow,
} from './url-codec';

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);
const identity = (s: string) => s;

const idList = createParser({ parse: parseIdList, serialize: serializeIdList, eq: sameList }).withDefault([]);

/** Parsers keyed by parameter name; the `lang` default is the browser's language. */
export function makeViewParsers(lang: Lang) {
  return {
    actor: idList,
    month: createParser<MonthRange>({
      parse: parseMonth,
      serialize: serializeMonth,
      eq: (a, b) => a.from === b.from && a.to === b.to,
    }),
    topic: idList,
    q: createParser({ parse: parseQuery, serialize: identity }).withDefault(''),
    event: createParser({ parse: parseEventId, serialize: identity }),
    window: createParser<DayWindow>({
      parse: parseWindow,
      serialize: serializeWindow,
      eq: (a, b) => a.start === b.start && a.end === b.end,
    }),
    index: createParser({ parse: parseIndex, serialize: identity }).withDefault('goldstein'),
    lanes: createParser({ parse: parseLanes, serialize: identity }).withDefault('side'),
    sort: createParser({ parse: parseSort, serialize: identity }).withDefault('oldest'),
    ledger: createParser({ parse: parseLedgerSort, serialize: identity }).withDefault('date'),
    lang: createParser({ parse: parseLang, serialize: identity }).withDefault(lang),
    embed: createParser({ parse: parseEmbed, serialize: () => '1' }).withDefault(false),
  };
}

/** The canonical query string of a view (no leading "?"): defaults left out, lists sorted. */
export function serializeView(view: ViewState, lang: Lang = browserLang()): string {
  return createSerializer(makeViewParsers(lang))(view).replace(/^\?/, '');
}
