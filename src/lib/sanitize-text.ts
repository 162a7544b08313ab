/**
 * Text from the dataset on its way out of the app (SVG, PNG, CSV, JSON, the clipboard).
 * Control characters are removed: XML 1.0 forbids most of them (an SVG holding U+0000 is not
 * well-formed and its PNG cannot be drawn), and in a spreadsheet or a pasted text they are noise
 * at best. Tab, line feed and carriage return stay, as ordinary white space; so do all printable
 * characters, accents and emoji. Lone surrogates (not text) and U+FFFE/U+FFFF go too.
 */
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const sanitizeText = (text: string): string => text.replace(CONTROL, '');

/** Every string in a JSON-like value, sanitised (numbers, booleans and null unchanged). */
export function sanitizeDeep<T>(value: T): T {
  if (typeof value === 'string') return sanitizeText(value) as T;
  if (Array.isArray(value)) return value.map(sanitizeDeep) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [sanitizeText(k), sanitizeDeep(v)])) as T;
  return value;
}
