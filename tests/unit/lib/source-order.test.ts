import { describe, expect, it } from 'vitest';
import type { Source } from '@/data/schema';
import { isUnverified, orderCitations, orderedSourceIds, sourceName, sourceRank } from '@/lib/source-order';

type S = Pick<Source, 'grade' | 'origin'>;
const byId = new Map<string, S>([
  ['treasury', { grade: 'A', origin: 'primary' }],
  ['ap', { grade: 'A', origin: 'original' }],
  ['ap-copy', { grade: 'A', origin: 'copy' }],
  ['regional', { grade: 'B', origin: 'original' }],
  ['mirror', { grade: 'C', origin: 'copy' }],
  ['aggregator', { grade: 'C', origin: 'original' }],
]);
const cite = (...ids: string[]) => ids.map((source) => ({ source }));

describe('orderCitations: best source first', () => {
  it.each<[string, string[], string[]]>([
    [
      'a primary statement before copies',
      ['mirror', 'ap-copy', 'treasury'],
      ['treasury', 'ap-copy', 'mirror'],
    ],
    ['grade A before B before C', ['aggregator', 'regional', 'ap'], ['ap', 'regional', 'aggregator']],
    ['an original before a copy of the same grade', ['mirror', 'aggregator'], ['aggregator', 'mirror']],
    ['ties keep the data order', ['regional', 'ap', 'regional'], ['ap', 'regional', 'regional']],
    ['unknown sources last', ['nowhere', 'mirror'], ['mirror', 'nowhere']],
  ])('%s', (_, given, expected) => {
    expect(orderCitations(cite(...given), byId).map((c) => c.source)).toEqual(expected);
  });

  it('keeps each excerpt with its own source', () => {
    const out = orderCitations(
      [
        { source: 'mirror', excerpt: 'the copy said' },
        { source: 'treasury', excerpt: 'the release said' },
      ],
      byId,
    );
    expect(out).toEqual([
      { source: 'treasury', excerpt: 'the release said' },
      { source: 'mirror', excerpt: 'the copy said' },
    ]);
  });

  it('lists each source once in orderedSourceIds', () => {
    expect(orderedSourceIds(cite('mirror', 'ap', 'mirror'), byId)).toEqual(['ap', 'mirror']);
  });

  it('ranks primary 0 and a C copy last', () => {
    expect(sourceRank({ grade: 'A', origin: 'primary' })).toBe(0);
    expect(sourceRank({ grade: 'C', origin: 'copy' })).toBeGreaterThan(
      sourceRank({ grade: 'C', origin: 'original' }),
    );
  });
});

describe('isUnverified: only grade C sources', () => {
  it.each<[string, string[], boolean]>([
    ['only aggregators and mirrors', ['aggregator', 'mirror'], true],
    ['one B source is enough', ['aggregator', 'regional'], false],
    ['a primary statement', ['treasury'], false],
    ['no citation at all is not "unverified" (the schema requires one)', [], false],
  ])('%s', (_, ids, expected) => {
    expect(isUnverified(cite(...ids), byId)).toBe(expected);
  });
});

describe('sourceName: a copy is named as a copy of its original', () => {
  const copy = (copyKind: Source['copyKind'], publisher: string, copyOf: string) =>
    ({ publisher, origin: 'copy', copyOf, copyKind }) as const;
  it.each<[string, Parameters<typeof sourceName>[0], 'en' | 'es', string]>([
    [
      'machine re-translation',
      copy('machine-translation', 'whistlebuzz.com', 'CNN'),
      'en',
      'CNN, via a machine re-translation on whistlebuzz.com',
    ],
    [
      'the same in Spanish',
      copy('machine-translation', 'whistlebuzz.com', 'CNN'),
      'es',
      'CNN, vía una retraducción automática en whistlebuzz.com',
    ],
    ['syndicated wire copy', copy('syndicated', 'Arab News', 'AFP'), 'en', 'AFP, via Arab News'],
    [
      'reworded copy',
      copy('reworded', 'parrotmouthblog.com', 'AFP'),
      'es',
      'AFP, reescrito en parrotmouthblog.com',
    ],
    [
      'an original is its publisher',
      { publisher: 'U.S. Department of the Treasury', origin: 'primary' },
      'en',
      'U.S. Department of the Treasury',
    ],
  ])('%s', (_, s, lang, expected) => {
    expect(sourceName(s, lang)).toBe(expected);
  });
});
