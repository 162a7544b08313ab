/**
 * Fetches the bundled dataset and validates it where it enters the app. The validator (zod)
 * is loaded with import() beside the fetch, so it never weighs on the first paint.
 */
import type { Problem } from './validate-dataset';
import type { Dataset } from './schema';
import { indexDataset, type IndexedDataset } from './indexed-dataset';

/** A dataset that could not be loaded: either the network failed or the data broke the contract. */
export class DatasetError extends Error {
  readonly problems: Problem[];
  constructor(message: string, problems: Problem[] = []) {
    super(message);
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

/** SHA-256 of the bytes, in hex; '' where the browser has no Web Crypto (not a secure context). */
async function sha256(bytes: ArrayBuffer): Promise<string> {
  if (!globalThis.crypto?.subtle) return '';
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * `validatedDigest`: the SHA-256 of bytes already validated when the app was built (the bundled
 * dataset; see scripts/vite-plugin-bundled-dataset.ts). Bytes with exactly that digest skip the
 * validator and its chunk; any other bytes are validated.
 */
export async function loadDataset(
  url: string,
  fetchImpl: typeof fetch = fetch,
  validatedDigest = '',
): Promise<IndexedDataset> {
  // Without a digest to match, the validator loads beside the fetch.
  const early = validatedDigest ? null : import('./validate-dataset');
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    throw new DatasetError(`network error: ${(error as Error).message}`);
  }
  if (!response.ok) throw new DatasetError(`HTTP ${response.status} ${response.statusText}`.trim());
  let bytes: ArrayBuffer;
  let raw: unknown;
  try {
    bytes = await response.arrayBuffer();
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new DatasetError('the dataset is not valid JSON');
  }
  if (validatedDigest && (await sha256(bytes)) === validatedDigest) return indexDataset(raw as Dataset);
  const result = (await (early ?? import('./validate-dataset'))).validateDataset(raw);
  if (!result.ok) throw new DatasetError('the dataset does not match its contract', result.problems);
  return indexDataset(result.dataset);
}
