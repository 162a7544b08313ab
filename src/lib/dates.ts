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
