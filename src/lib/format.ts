/** Dates and numbers through Intl, in the reader's language. */
import type { DatePrecision } from './date-precision';
import type { Lang } from '@/i18n/lang';

const LOCALES: Record<Lang, string> = { en: 'en-GB', es: 'es-CO' };
const cache = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: 'UTC', ...options })));
  return f;
}

const utc = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`);

/** "26 Jan 2025"; "Sep 2025" for a month-only date; "≈ 4 Apr 2025" for an approximate one. */
export function formatEventDate(date: string, precision: DatePrecision, lang: Lang): string {
  if (precision === 'month') return formatMonth(date.slice(0, 7), lang);
  const day = dateFormat(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(utc(date));
  return precision === 'approx' ? `≈ ${day}` : day;
}

/** "26 Jan 2025 – 28 Jan 2025" style span, each end with the start's precision. */
export function formatSpan(date: string, endDate: string | undefined, precision: DatePrecision, lang: Lang) {
  const start = formatEventDate(date, precision, lang);
  return endDate && endDate !== date ? `${start} – ${formatEventDate(endDate, precision, lang)}` : start;
}

/** "Sep 2025" (short) or "September 2025" (long) from YYYY-MM. */
export function formatMonth(month: string, lang: Lang, style: 'short' | 'long' = 'short'): string {
  return dateFormat(lang, { month: style, year: 'numeric' }).format(utc(`${month}-01`));
}

/** A month range: "Sep 2025", or "Sep 2025 – Jan 2026". */
export function formatMonthRange(from: string, to: string, lang: Lang, style: 'short' | 'long' = 'short') {
  return from === to
    ? formatMonth(from, lang, style)
    : `${formatMonth(from, lang, style)} – ${formatMonth(to, lang, style)}`;
}

/** A published date of a source: day or month precision from its own form. */
export function formatPublished(published: string, lang: Lang): string {
  return published.length === 7 ? formatMonth(published, lang) : formatEventDate(published, 'day', lang);
}

/** One Intl formatter per locale and options, made on first use (making one costs far more than using it). */
function cached<T>(store: Map<string, T>, key: string, make: () => T): T {
  let f = store.get(key);
  if (!f) store.set(key, (f = make()));
  return f;
}
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

export function formatNumber(n: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  const key = options ? `${lang}|${JSON.stringify(options)}` : lang;
  return cached(numberFormats, key, () => new Intl.NumberFormat(LOCALES[lang], options)).format(n);
}

/**
 * A weight or change with its sign, as print sets it: "+3.0", "−5.0" (a true minus, U+2212, not a
 * hyphen), "0.0". For reading only: files for download keep plain numbers.
 */
export function formatSigned(n: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  return formatNumber(n, lang, { ...options, signDisplay: 'exceptZero' }).replace('-', '\u2212');
}

/** "Petro, Trump and Rubio" / "Petro, Trump y Rubio". */
export function formatList(
  items: readonly string[],
  lang: Lang,
  type: 'conjunction' | 'disjunction' = 'conjunction',
) {
  return cached(
    listFormats,
    `${lang}|${type}`,
    () => new Intl.ListFormat(LOCALES[lang], { style: 'long', type }),
  ).format(items);
}
