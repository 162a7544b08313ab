/**
 * Fetches the bundled dataset and validates it where it enters the app. The validator (zod)
 * is loaded with import() beside the fetch, so it never weighs on the first paint.
 */
import { importChunk } from '@/lib/import-chunk';
import type { Problem } from './validate-dataset';
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

export async function loadDataset(url: string, fetchImpl: typeof fetch = fetch): Promise<IndexedDataset> {
  const validator = importChunk(() => import('./validate-dataset'));
  // Awaited below, after the fetch: until then a failure must not count as unhandled.
  validator.catch(() => undefined);
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    throw new DatasetError(`network error: ${(error as Error).message}`);
  }
  if (!response.ok) throw new DatasetError(`HTTP ${response.status} ${response.statusText}`.trim());
  let raw: unknown;
  try {
    raw = await response.json();
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
