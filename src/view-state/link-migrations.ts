/**
 * The link format's version, and the way old links keep working.
 *
 * Format 1 is the format of shared/design/url-state.md. It shipped without a marker, so a link
 * with no `v` is format 1. When the format changes, bump LINK_VERSION, add MIGRATIONS[old] that
 * rewrites a link of the old format into the next one (with a test), and write `v` in new links.
 * On load, a link is migrated step by step up to the current format before anything reads it.
 *
 * Changes that needed no new format (an added optional parameter leaves old links as they were):
 * - `data` (a dataset at another https address): links without it open the bundled story as before.
 */
export const LINK_VERSION = 1;

/** Rewrites the parameters of a link of format n into format n + 1. */
export type Migration = (params: URLSearchParams) => URLSearchParams;
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type Migrated = {
  search: string;
  /** The format the link was written in (1 when it has no marker). */
  from: number;
  changed: boolean;
};

/** Reads the marker; a missing one is format 1; anything unreadable is left for the notice. */
export function linkVersion(params: URLSearchParams): number | null {
  const v = params.get('v');
  if (v === null) return 1;
  return /^[1-9]\d{0,2}$/.test(v) ? Number(v) : null;
}

export function migrateSearch(
  search: string,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = LINK_VERSION,
): Migrated {
  let params = new URLSearchParams(search);
  const before = params.toString();
  const from = linkVersion(params);
  // An unreadable or newer marker is left for the notice (parseSearch reports it).
  if (from === null || from > current) return { search: before, from: from ?? current, changed: false };
  for (let v = from; v < current; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`no migration from link format ${v}`);
    params = step(new URLSearchParams(params));
  }
  // Format 1 links carry no marker; later formats write theirs.
  if (current > 1) params.set('v', String(current));
  else params.delete('v');
  return { search: params.toString(), from, changed: params.toString() !== before };
}

/** Lists written sorted and without repeats, as the app writes them: one view, one address. */
export function sortLists(search: string, lists: readonly string[] = ['actor', 'topic']): string {
  const params = new URLSearchParams(search);
  for (const key of lists) {
    const value = params.get(key);
    if (value) params.set(key, [...new Set(value.split(','))].sort().join(','));
  }
  return params.toString();
}
