/** Saves text or a blob as a file in the browser. */
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

/** CSV with a byte-order mark, so spreadsheets read the accents as UTF-8. Papa Parse loads on demand. */
export async function toCsv(rows: object[]): Promise<string> {
  const { default: Papa } = await import('papaparse');
  return `\uFEFF${Papa.unparse(rows, { quotes: true, newline: '\r\n' })}`;
}
