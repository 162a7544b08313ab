// The address is settled once and for all: whatever the link, its first rewrite is the final one
// (issue 15, point 5), keys stay what they were, and the page's own origin and path are kept.
import { describe, expect, it } from 'vitest';
import { settledHref, settleSearch } from '@/view-state/settle-address';
import { parseView, type KnownIds } from '@/view-state/url-codec';

const known: KnownIds = {
  actors: new Set(['petro', 'trump', 'us-state-dept']),
  topics: new Set(['visas', 'tariffs', 'migration']),
  events: new Set(['2025-01-26-flights-refused']),
};
const parse = (search: string) => parseView(search, known, 'en');

describe('settled addresses', () => {
  it.each([
    ['a clean link stays as it is', 'actor=petro&month=2025-09', 'actor=petro&month=2025-09'],
    ['lists are sorted and de-duplicated', 'actor=trump,petro,trump', 'actor=petro,trump'],
    ['an invalid month is dropped', 'month=2025-13&topic=visas', 'topic=visas'],
    [
      'an invalid choice is dropped, not replaced by its default',
      'index=nope&lang=fr&actor=trump',
      'actor=trump',
    ],
    ['unknown ids are dropped, known ones kept', 'actor=nobody,petro', 'actor=petro'],
    ['a list of only unknown ids is dropped', 'topic=weather', ''],
    ['a garbled link format marker is dropped', 'v=x&lang=es', 'lang=es'],
    ['the current format needs no marker', 'v=1&lang=es', 'lang=es'],
    ['repeated parameters keep the first', 'actor=petro&actor=trump', 'actor=petro'],
    [
      'parameters the app does not know are kept',
      'utm_source=news&actor=petro',
      'utm_source=news&actor=petro',
    ],
    // A key written %256f is the key "act%6fr": written back encoded, never as "act%6fr" (= actor).
    ['an ignored key with a literal % never turns into a filter', 'month=2025-13&act%256fr=nobody', ''],
    ['an ignored key with a literal % and a valid value stays ignored', 'act%256fr=petro', ''],
  ])('%s', (_, search, expected) => {
    expect(settleSearch(search, known).search).toBe(expected);
  });

  it('reports what it dropped, with the reason', () => {
    expect(settleSearch('month=2025-13&actor=nobody,petro', known).ignored).toEqual([
      { param: 'actor', value: 'nobody', reason: 'unknown' },
      { param: 'month', value: '2025-13', reason: 'invalid' },
    ]);
  });

  it.each([
    [
      'a path that reads as another host keeps this host',
      'http://127.0.0.1:4173//pwn.invalid?actor=trump,petro',
      'http://127.0.0.1:4173//pwn.invalid?actor=petro,trump',
    ],
    [
      'a sub-path and hash are kept',
      'https://example.org/graphics/rift/?month=2025-13#top',
      'https://example.org/graphics/rift/#top',
    ],
    ['a clean address is not rewritten', 'https://example.org/?lang=es', 'https://example.org/?lang=es'],
  ])('%s', (_, href, expected) => {
    const settled = settledHref(href, known);
    expect(settled.href).toBe(expected);
    expect(new URL(settled.href).origin).toBe(new URL(href).origin);
    expect(settled.changed).toBe(expected !== href);
  });
});

describe('1,000 hostile links settle in one rewrite', () => {
  // A seeded generator (a failure names its case number and can be reproduced).
  let seed = 20260101;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789-_.,=&?%#+/; <>"\'\\é😀\u0000\u202e';
  const randomString = (max: number) =>
    Array.from({ length: Math.floor(random() * max) }, () => pick([...alphabet])).join('');
  const randomBytes = (max: number) =>
    Array.from(
      { length: Math.floor(random() * max) },
      () =>
        `%${Math.floor(random() * 256)
          .toString(16)
          .padStart(2, '0')}`,
    ).join('');
  const keys = [
    'actor',
    'month',
    'topic',
    'q',
    'event',
    'window',
    'index',
    'lang',
    'embed',
    'v',
    'x',
    'act%256fr',
    '%61ctor',
    'act%6fr',
    'q%00',
    '%25',
  ];
  const values = [
    () => randomString(40),
    () => randomBytes(20),
    () => randomString(2000),
    () =>
      pick([
        'petro',
        'trump,petro',
        'nobody,petro',
        '2025-13',
        '2025-01..2025-03',
        '2025-03-01..2025-01-01',
        'es',
        'count',
        '1',
        '2',
        '9',
        'visas,weather',
      ]),
  ];
  const cases = Array.from({ length: 1000 }, () =>
    Array.from({ length: 1 + Math.floor(random() * 6) }, () => `${pick(keys)}=${pick(values)()}`).join(
      pick(['&', '&&', ';']),
    ),
  );

  it.each(cases.map((c, i) => [i, c] as const))('#%i', (_, search) => {
    const first = settleSearch(search, known);
    // The settled address reads as the same view…
    expect(parse(first.search).view).toEqual(parse(search).view);
    // …keeps no parameter that did not parse (a bad value is dropped, not set to its default)…
    for (const { param, reason } of parse(search).ignored)
      if (reason === 'invalid') expect(new URLSearchParams(first.search).has(param)).toBe(false);
    // …has nothing left to drop…
    expect(parseView(first.search, known).ignored).toEqual([]);
    // …and settling it again changes nothing: parse(serialize(parse(x))) = parse(x).
    expect(settleSearch(first.search, known).search).toBe(first.search);
    // No key with a literal "%" survives (nuqs would write it back un-encoded).
    expect([...new URLSearchParams(first.search).keys()].some((k) => k.includes('%'))).toBe(false);
  });
});
