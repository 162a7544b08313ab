import { describe, expect, it } from 'vitest';
import {
  LINK_VERSION,
  MIGRATIONS,
  linkVersion,
  migrateSearch,
  sortLists,
  type Migration,
} from '@/view-state/link-migrations';

describe('link version', () => {
  it.each([
    ['', 1],
    ['actor=petro', 1],
    ['v=1&actor=petro', 1],
    ['v=2', 2],
    ['v=abc', null],
    ['v=0', null],
    ['v=-1', null],
  ])('%s → %s', (search, expected) => expect(linkVersion(new URLSearchParams(search))).toBe(expected));

  it('has a migration for every older format', () => {
    for (let v = 1; v < LINK_VERSION; v++) expect(MIGRATIONS[v]).toBeTypeOf('function');
  });

  it('drops the format-1 marker, which format-1 links do not carry', () => {
    expect(migrateSearch('v=1&topic=migration')).toEqual({
      search: 'topic=migration',
      from: 1,
      changed: true,
    });
  });

  it('leaves current links alone', () => {
    expect(migrateSearch('actor=petro&month=2025-09')).toEqual({
      search: 'actor=petro&month=2025-09',
      from: 1,
      changed: false,
    });
  });
});

describe('the migration pipeline (with example formats 2 and 3)', () => {
  // Format 2 renamed `q` to `search`; format 3 split `month` into `from` and `to`.
  const example: Record<number, Migration> = {
    1: (p) => {
      const q = p.get('q');
      p.delete('q');
      if (q !== null) p.set('search', q);
      return p;
    },
    2: (p) => {
      const m = p.get('month');
      p.delete('month');
      if (m) {
        const [from, to = from] = m.split('..');
        p.set('from', from!);
        p.set('to', to!);
      }
      return p;
    },
  };

  it.each([
    [
      'a format-1 link goes through every step',
      'q=visa&month=2025-09',
      'search=visa&from=2025-09&to=2025-09&v=3',
      1,
    ],
    [
      'a format-2 link takes the last step only',
      'v=2&search=visa&month=2025-09..2025-10',
      'v=3&search=visa&from=2025-09&to=2025-10',
      2,
    ],
    ['a current link is unchanged', 'v=3&search=visa', 'v=3&search=visa', 3],
  ])('%s', (_, search, expected, from) => {
    const out = migrateSearch(search, example, 3);
    expect(out.search).toBe(expected);
    expect(out.from).toBe(from);
  });

  it('fails loudly when a step is missing', () => {
    expect(() => migrateSearch('q=x', { 1: example[1]! }, 3)).toThrow('no migration from link format 2');
  });
});

describe('sortLists', () => {
  it.each([
    ['actor=trump,petro,trump&q=b,a', 'actor=petro%2Ctrump&q=b%2Ca'],
    ['topic=visas,aid', 'topic=aid%2Cvisas'],
    ['', ''],
  ])('%s → %s', (search, expected) => expect(sortLists(search)).toBe(expected));
});
