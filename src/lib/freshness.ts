/** How fresh the data is, said at view time: "data to 25 Jun 2026 · updated 5 months ago" (pure). */
import type { Lang } from '@/view-state/defaults';
import { formatEventDate } from './format';

/** Past this many days the page says plainly that later events are not covered. */
export const STALE_AFTER_DAYS = 60;

const DAY_MS = 86_400_000;
const LOCALES: Record<Lang, string> = { en: 'en-GB', es: 'es-CO' };

export type Freshness = { coverage: string; age: string; stale: boolean; staleNote?: string };

const WORDS = {
  en: {
    coverage: (d: string) => `data to ${d}`,
    age: (a: string) => `updated ${a}`,
    stale: (d: string) => `Events after ${d} are not covered yet.`,
  },
  es: {
    coverage: (d: string) => `datos hasta el ${d}`,
    age: (a: string) => `actualizados ${a}`,
    stale: (d: string) => `Los hechos posteriores al ${d} todavía no están incluidos.`,
  },
} as const;

/** "today", "3 days ago", "5 weeks ago", "5 months ago", "2 years ago" in the reader's language. */
export function ageText(updated: string, now: Date, lang: Lang): string {
  const days = Math.max(0, Math.floor((now.getTime() - Date.parse(`${updated}T00:00:00Z`)) / DAY_MS));
  const rtf = new Intl.RelativeTimeFormat(LOCALES[lang], { numeric: 'auto' });
  if (days < 14) return rtf.format(-days, 'day');
  if (days < 60) return rtf.format(-Math.floor(days / 7), 'week');
  if (days < 730) return rtf.format(-Math.floor(days / 30.44), 'month');
  return rtf.format(-Math.floor(days / 365.25), 'year');
}

export function freshness(dataTo: string, updated: string, now: Date, lang: Lang): Freshness {
  const w = WORDS[lang];
  const to = formatEventDate(dataTo, 'day', lang);
  const days = (now.getTime() - Date.parse(`${updated}T00:00:00Z`)) / DAY_MS;
  const stale = days > STALE_AFTER_DAYS;
  return {
    coverage: w.coverage(to),
    age: w.age(ageText(updated, now, lang)),
    stale,
    ...(stale ? { staleNote: w.stale(to) } : {}),
  };
}
