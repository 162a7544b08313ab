import { describe, expect, it } from 'vitest';
import { ageText, freshness } from '@/lib/freshness';

const now = new Date('2026-11-30T06:00:00Z');
// Intl may write abbreviated Spanish months with a dot ("jun.") depending on the ICU version.
const tidy = (s: string | undefined) => s?.replace(/(jun|jul)\./g, '$1');

describe('freshness: what the data covers and how old it is, at view time', () => {
  it('says the coverage and the age in English', () => {
    const f = freshness('2026-06-24', '2026-07-03', now, 'en');
    expect(`${f.coverage} · ${f.age}`).toBe('data to 24 Jun 2026 · updated 4 months ago');
  });

  it('says the same in Spanish', () => {
    const f = freshness('2026-06-24', '2026-07-03', now, 'es');
    expect(tidy(`${f.coverage} · ${f.age}`)).toBe(
      'datos hasta el 24 de jun de 2026 · actualizados hace 4 meses',
    );
  });

  it.each<[string, string, boolean]>([
    ['updated yesterday: fresh', '2026-11-29', false],
    ['updated 59 days ago: still fresh', '2026-10-02', false],
    ['updated 61 days ago: stale', '2026-09-30', true],
  ])('%s', (_, updated, stale) => {
    expect(freshness('2026-06-24', updated, now, 'en').stale).toBe(stale);
  });

  it('past 60 days says plainly that later events are not covered', () => {
    expect(freshness('2026-06-24', '2026-07-03', now, 'en').staleNote).toBe(
      'Events after 24 Jun 2026 are not covered yet.',
    );
    expect(freshness('2026-06-24', '2026-11-29', now, 'en').staleNote).toBeUndefined();
  });

  it.each<[string, string, 'en' | 'es', string]>([
    ['the same day', '2026-11-30', 'en', 'today'],
    ['days', '2026-11-27', 'en', '3 days ago'],
    ['weeks', '2026-10-26', 'en', '5 weeks ago'],
    ['months', '2026-06-30', 'en', '5 months ago'],
    ['years', '2023-11-01', 'en', '3 years ago'],
    ['Spanish', '2026-06-30', 'es', 'hace 5 meses'],
  ])('ageText: %s', (_, updated, lang, expected) => {
    expect(ageText(updated, now, lang)).toBe(expected);
  });
});
