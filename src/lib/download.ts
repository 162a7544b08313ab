/** Saves text or a blob as a file in the browser; CSV built safe for spreadsheets. */
import { importChunk } from './import-chunk';
import { sanitizeDeep } from './sanitize-text';

export function download(content: string | Blob, fileName: string, type: string) {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A text cell a spreadsheet would run as a formula (OWASP "CSV injection"): one starting with
 * = + - @, tab or carriage return. Papa Parse's own default pattern ends in `.*$`, which misses a
 * cell with a line break after the formula, so the test is on the first character alone.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * CSV with a byte-order mark, so spreadsheets read the accents as UTF-8. Text cells that would
 * start a formula get a leading apostrophe (Papa Parse's `escapeFormulae`); numbers stay numbers.
 * Control characters are removed first. Papa Parse loads on demand.
 */
export async function toCsv(rows: object[]): Promise<string> {
  const { default: Papa } = await importChunk(() => import('papaparse'));
  return `\uFEFF${Papa.unparse(sanitizeDeep(rows), { quotes: true, newline: '\r\n', escapeFormulae: FORMULA_START })}`;
}
