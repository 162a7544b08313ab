/**
 * Fetches the bundled dataset and validates it where it enters the app. The validator (zod)
 * is loaded with import() beside the fetch, so it never weighs on the first paint.
 */
import { importChunk } from '@/lib/import-chunk';
import type { Problem } from './validate-dataset';
import type { Dataset } from './schema';
import { indexDataset, type IndexedDataset } from './indexed-dataset';

/**
 * Why the dataset could not be used: no answer or an HTTP error (`network`), an answer that is
 * not JSON (`json`), data that breaks the contract (`contract`), or the validator's code that did
 * not load (`code`).
 */
export type DatasetErrorKind = 'network' | 'json' | 'contract' | 'code';

/** A dataset that could not be loaded, with the kind of failure and the contract's problems. */
export class DatasetError extends Error {
  readonly problems: Problem[];
  readonly kind: DatasetErrorKind;
  constructor(
    message: string,
    problems: Problem[] = [],
    kind: DatasetErrorKind = problems.length ? 'contract' : 'network',
  ) {
    super(message);
    this.name = 'DatasetError';
    this.problems = problems;
    this.kind = kind;
  }
}

/** JSON text → the validated, indexed dataset; the validator chunk loads on first use. */
export async function parseDatasetText(text: string): Promise<IndexedDataset> {
  const validator = importChunk(() => import('./validate-dataset'));
  validator.catch(() => undefined);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DatasetError('the dataset is not valid JSON', [], 'json');
  }
  let validate: typeof import('./validate-dataset').validateDataset;
  try {
    validate = (await validator).validateDataset;
  } catch (error) {
    throw new DatasetError(`the validator did not load: ${(error as Error).message}`, [], 'code');
  }
  const result = validate(raw);
  if (!result.ok) throw new DatasetError('the dataset does not match its contract', result.problems);
  return indexDataset(result.dataset);
}

/** The validator's chunk; a failure is awaited (and reported) only where the validator is needed. */
function validatorChunk() {
  const chunk = importChunk(() => import('./validate-dataset'));
  chunk.catch(() => undefined);
  return chunk;
}

/** Resolves in a later task (the browser may paint and handle input in between). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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
  const early = validatedDigest ? null : validatorChunk();
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
    throw new DatasetError('the dataset is not valid JSON', [], 'json');
  }
  if (validatedDigest && (await sha256(bytes)) === validatedDigest) {
    // The indexes are built in a task of their own: the parse and the index are two shorter tasks on
    // a slow phone, not one long one that holds up the page.
    await nextTask();
    return indexDataset(raw as Dataset);
  }
  let validate: typeof import('./validate-dataset').validateDataset;
  try {
    validate = (await (early ?? validatorChunk())).validateDataset;
  } catch (error) {
    throw new DatasetError(`the validator did not load: ${(error as Error).message}`, [], 'code');
  }
  const result = validate(raw);
  if (!result.ok) throw new DatasetError('the dataset does not match its contract', result.problems);
  return indexDataset(result.dataset);
}
