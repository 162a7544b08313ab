import { describe, expect, it } from 'vitest';
import {
  formatEventDate,
  formatMonth,
  formatMonthRange,
  formatNumber,
  formatSigned,
  formatSpan,
} from '@/lib/format';
import { describeFilters } from '@/lib/describe-filters';
import { fold, matchesAll, searchTerms } from '@/lib/text-search';

describe('formatEventDate shows the precision', () => {
  it.each([
    ['2025-01-26', 'day', 'en', '26 Jan 2025'],
    ['2025-09-01', 'month', 'en', 'Sept 2025'],
    ['2025-04-04', 'approx', 'en', '≈ 4 Apr 2025'],
    ['2025-01-26', 'day', 'es', '26 ene 2025'],
    ['2025-09-01', 'month', 'es', 'sept 2025'],
    ['2025-04-04', 'approx', 'es', '≈ 4 abr 2025'],
  ] as const)('%s (%s, %s) → %s', (date, precision, lang, expected) => {
    expect(formatEventDate(date, precision, lang).replace(/\.|\sde\s/g, (m) => (m === '.' ? '' : ' '))).toBe(
      expected,
    );
  });

  it('never shifts the day with the time zone', () => {
    expect(formatEventDate('2026-01-01', 'day', 'en')).toBe('1 Jan 2026');
  });
});

describe('months, spans and numbers', () => {
  it('formats a month long and short', () => {
    expect(formatMonth('2025-03', 'en', 'long')).toBe('March 2025');
    expect(formatMonth('2025-03', 'es', 'long')).toBe('marzo de 2025');
  });
  it('formats a month range', () => {
    expect(formatMonthRange('2025-09', '2025-09', 'en', 'long')).toBe('September 2025');
    expect(formatMonthRange('2025-09', '2025-10', 'en', 'long')).toBe('September 2025 – October 2025');
  });
  it('formats a span', () => {
    expect(formatSpan('2025-01-27', '2025-01-31', 'day', 'en')).toBe('27 Jan 2025 – 31 Jan 2025');
    expect(formatSpan('2025-01-27', undefined, 'day', 'en')).toBe('27 Jan 2025');
  });
  it('formats numbers in the reader’s language', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'es')).toBe('1.234,5');
    expect(formatNumber(12345.5, 'es')).toBe('12.345,5');
  });
});

describe('formatSigned sets a weight with its sign as print does', () => {
  it.each([
    [-5, 'en', '\u22125.0'],
    [3, 'en', '+3.0'],
    [0, 'en', '0.0'],
    [-7.5, 'es', '\u22127,5'],
    [2.8, 'es', '+2,8'],
  ] as const)('%s in %s reads %s', (n, lang, text) =>
    expect(formatSigned(n, lang, { minimumFractionDigits: 1 })).toBe(text),
  );
  it('never prints a hyphen for a negative weight', () =>
    expect(formatSigned(-10, 'en', { minimumFractionDigits: 1 })).not.toContain('-'));
});

describe('text search', () => {
  it('folds case and accents', () => expect(fold('Revocación VISA')).toBe('revocacion visa'));
  it('splits words', () => expect(searchTerms('  visa   Petro ')).toEqual(['visa', 'petro']));
  it('needs every word', () => {
    expect(matchesAll(['visa', 'petro'], ['Petro loses his visa'])).toBe(true);
    expect(matchesAll(['visa', 'trump'], ['Petro loses his visa'])).toBe(false);
    expect(matchesAll([], ['anything'])).toBe(true);
  });
});

describe('describeFilters', () => {
  const t = ((key: string, o: Record<string, string>) => `${key}(${Object.values(o).join('|')})`) as never;
  const d = {
    actorById: new Map([['trump', { name: 'Donald Trump' }]]),
    topicById: new Map([['visas', { label: { en: 'Visas', es: 'Visas' } }]]),
  } as never;
  it('names actor, months, topic and words', () => {
    const text = describeFilters(
      {
        actor: ['trump'],
        month: { from: '2025-03', to: '2025-03' },
        topic: ['visas'],
        q: 'x',
        lang: 'en',
      },
      d,
      t,
      'from',
    );
    expect(text).toBe(
      'describe.from(Donald Trump) describe.in(March 2025) describe.on(Visas) describe.matching(x)',
    );
  });
});
