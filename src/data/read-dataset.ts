/**
 * Reads a dataset from a file the reader picked or from another address, within the size cap.
 * Loaded with import() only when a reader opens a file or a `?data=` link: it adds nothing to
 * the first paint of the bundled story.
 */
import { MAX_DATASET_BYTES } from './data-source';
import { DatasetError, parseDatasetText } from './load-dataset';
import type { IndexedDataset } from './indexed-dataset';

const megabytes = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const tooLarge = (max: number) => new DatasetError(`the dataset is larger than ${megabytes(max)}`);

export async function readDatasetFile(file: Blob, max = MAX_DATASET_BYTES): Promise<IndexedDataset> {
  if (file.size > max) throw tooLarge(max);
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    throw new DatasetError(`the file could not be read: ${(error as Error).message}`);
  }
  return parseDatasetText(text);
}

/** The body as text, stopping as soon as it passes `max` bytes (whatever Content-Length said). */
export async function readCapped(response: Response, max = MAX_DATASET_BYTES): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) throw tooLarge(max);
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge(max);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

export async function fetchDataset(
  url: string,
  fetchImpl: typeof fetch = fetch,
  max = MAX_DATASET_BYTES,
): Promise<IndexedDataset> {
  let response: Response;
  try {
    // No cookies, no referrer: the other host learns nothing about the reader but the request.
    response = await fetchImpl(url, { credentials: 'omit', referrerPolicy: 'no-referrer', mode: 'cors' });
  } catch (error) {
    throw new DatasetError(
      `network error: ${(error as Error).message} (the host may not allow other sites to read it)`,
    );
  }
  if (!response.ok) throw new DatasetError(`HTTP ${response.status} ${response.statusText}`.trim());
  return parseDatasetText(await readCapped(response, max));
}
