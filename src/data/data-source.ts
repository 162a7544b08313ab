/**
 * Where the dataset shown comes from: the bundled story, a file the reader opened (read in the
 * browser, never uploaded), or an address given by `?data=`. The dataset itself lives only in
 * TanStack Query, keyed by its source (dataset-query.ts); this file holds the descriptors.
 */
export type DataSource =
  | { kind: 'bundled' }
  | { kind: 'url'; url: string }
  /** `id` tells two openings apart (a File cannot be a query key). */
  | { kind: 'file'; file: File; id: number };

export const BUNDLED: DataSource = { kind: 'bundled' };

/** The largest dataset read from a file or an address. */
export const MAX_DATASET_BYTES = 20 * 1024 * 1024;
const MAX_URL_LENGTH = 2000;

/**
 * A `?data=` value the app may fetch: an absolute https address, or an address on the page's own
 * origin (so a site may link its own http test server). Anything else (http elsewhere,
 * javascript:, data:, credentials in the address, relative paths) is null.
 */
export function parseDataUrl(
  raw: string,
  pageOrigin: string | undefined = globalThis.location?.origin,
): string | null {
  if (raw.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  const sameOrigin = pageOrigin !== undefined && pageOrigin !== 'null' && url.origin === pageOrigin;
  if (url.protocol !== 'https:' && !(sameOrigin && url.protocol === 'http:')) return null;
  return url.href;
}

/** What a banner calls the data's origin: its host (with a port, if any). */
export const originLabel = (url: string): string => new URL(url).host;
