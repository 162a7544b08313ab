/**
 * Fetches the bundled dataset and validates it where it enters the app. The validator (zod)
 * is loaded with import() beside the fetch, so it never weighs on the first paint.
 */
import type { Problem } from './validate-dataset';
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

/** JSON text → the validated, indexed dataset; the validator chunk loads on first use. */
export async function parseDatasetText(text: string): Promise<IndexedDataset> {
  const validator = import('./validate-dataset');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DatasetError('the dataset is not valid JSON');
  }
  const result = (await validator).validateDataset(raw);
  if (!result.ok) throw new DatasetError('the dataset does not match its contract', result.problems);
  return indexDataset(result.dataset);
}

export async function loadDataset(url: string, fetchImpl: typeof fetch = fetch): Promise<IndexedDataset> {
  const validator = import('./validate-dataset');
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
    throw new DatasetError('the dataset is not valid JSON');
  }
  const result = (await validator).validateDataset(raw);
  if (!result.ok) throw new DatasetError('the dataset does not match its contract', result.problems);
  return indexDataset(result.dataset);
}
