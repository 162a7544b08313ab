/**
 * The clean, final address of a link. The link is migrated to the current format, parsed once by
 * parseView, and every view parameter is written back in its one canonical form: invalid values
 * and unknown ids dropped, lists sorted. What parses clean is kept; parameters the app does not
 * know are kept too (encoded, so they stay what they were), except a key holding a literal "%",
 * which nuqs would write back un-encoded and so turn into another key on the next write.
 *
 * Settling is final: the settled address parsed again has nothing to drop, and settling it again
 * changes nothing (tests/unit/view-state/settle-address.test.ts checks both on hostile links).
 */
import { migrateSearch } from './link-migrations';
import {
  PARAMS,
  parseView,
  serializeIdList,
  serializeMonth,
  serializeWindow,
  type Ignored,
  type KnownIds,
  type Param,
} from './url-codec';
import type { ViewState } from './defaults';

const writeParam: { [K in Exclude<Param, 'v'>]: (view: ViewState) => string | null } = {
  actor: (v) => (v.actor.length ? serializeIdList(v.actor) : null),
  month: (v) => (v.month ? serializeMonth(v.month) : null),
  topic: (v) => (v.topic.length ? serializeIdList(v.topic) : null),
  q: (v) => v.q || null,
  event: (v) => v.event,
  window: (v) => (v.window ? serializeWindow(v.window) : null),
  index: (v) => v.index,
  lanes: (v) => v.lanes,
  sort: (v) => v.sort,
  ledger: (v) => v.ledger,
  lang: (v) => v.lang,
  embed: (v) => (v.embed ? '1' : null),
};
const isViewParam = (key: string): key is Exclude<Param, 'v'> =>
  key !== 'v' && (PARAMS as readonly string[]).includes(key);

export type Settled = { search: string; view: ViewState; ignored: Ignored[] };

/** The settled query string (no leading "?"), the view it encodes and the values dropped. */
export function settleSearch(search: string, known?: KnownIds): Settled {
  const migrated = migrateSearch(search).search;
  const { view, ignored } = parseView(migrated, known);
  const params = new URLSearchParams(migrated);
  for (const key of [...new Set(params.keys())]) {
    if (key === 'v') {
      if (ignored.some((i) => i.param === 'v')) params.delete('v');
    } else if (isViewParam(key)) {
      // An invalid value is dropped, not replaced by the default it fell back to.
      const invalid = ignored.some((i) => i.param === key && i.reason === 'invalid');
      const value = invalid ? null : writeParam[key](view);
      if (value === null) params.delete(key);
      else params.set(key, value);
    } else if (key.includes('%')) params.delete(key);
  }
  // Commas stay commas, as the app writes its lists (a comma and %2C read the same).
  return { search: params.toString().replace(/%2C/gi, ','), view, ignored };
}

/**
 * The page's own address with the settled query: same origin, same path (even a path such as
 * "//host" that would read as another origin if written relative), same hash.
 */
export function settledHref(
  href: string,
  known?: KnownIds,
): { href: string; changed: boolean; ignored: Ignored[] } {
  const url = new URL(href);
  const { search, ignored } = settleSearch(url.search, known);
  const before = url.href;
  url.search = search;
  return { href: url.href, changed: url.href !== before, ignored };
}

/** Rewrites the address bar to its settled form (replaceState, one step) and returns what was dropped. */
export function settleAddress(known?: KnownIds): Ignored[] {
  const { href, changed, ignored } = settledHref(window.location.href, known);
  if (changed) window.history.replaceState(window.history.state, '', href);
  return ignored;
}
