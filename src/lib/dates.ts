/** True for a real calendar day written YYYY-MM-DD (no 30 February, no month 13). */
export function isRealDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The length of a day in milliseconds (UTC days: no daylight-saving shifts). */
export const DAY_MS = 86_400_000;

/** The day `days` after a YYYY-MM-DD day (negative: before), in UTC. */
export const addDays = (isoDay: string, days: number): string =>
  new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The first day of the month after the month of a YYYY-MM or YYYY-MM-DD date: 2025-12 → 2026-01-01. */
export const nextMonthStart = (isoDate: string): string => {
  const [y, m] = isoDate.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
};

/** The years a date in the dataset may fall in (data/README.md): wide for history, narrow enough to draw. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

const inYears = (s: string) => {
  const y = Number(s.slice(0, 4));
  return y >= FIRST_YEAR && y <= LAST_YEAR;
};

/** A real day (YYYY-MM-DD) in the accepted years. */
export const isDatasetDay = (s: string): boolean => isRealDay(s) && inYears(s);

/** A year (YYYY), a month (YYYY-MM) or a day (YYYY-MM-DD) that exists, in the accepted years. */
export function isDatasetDate(s: string): boolean {
  if (/^\d{4}$/.test(s)) return inYears(s);
  if (/^\d{4}-\d{2}$/.test(s)) return isDatasetDay(`${s}-01`);
  return isDatasetDay(s);
}

/**
 * A flight period: one date, or two joined by `..` with the end not before the start (each a
 * year, month or day that exists in the accepted years).
 */
export function isDatasetPeriod(period: string): boolean {
  const parts = period.split('..');
  if (parts.length > 2 || !parts.every(isDatasetDate)) return false;
  const [a, b] = parts as [string, string | undefined];
  return b === undefined || b >= a.slice(0, b.length);
}
