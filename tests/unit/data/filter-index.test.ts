import { describe, expect, it } from 'vitest';
import { buildIndex, matchPositions, type IndexKeys, type IndexQuery } from '@/data/filter-index';
import { indexDataset } from '@/data/indexed-dataset';
import { Dataset } from '@/data/schema';
import { eventMatches, quoteMatches, selectEvents, selectQuotes } from '@/data/select';
import { defaultView, type ViewState } from '@/view-state/defaults';
import mini from '../../fixtures/mini-dataset.json';
import bundled from '../../../data/dataset.json';

type Item = IndexKeys & { id: string };
const items: Item[] = [
  { id: 'a', actors: ['petro'], topics: ['visas'], months: ['2025-01'], texts: ['Visas revoked'] },
  {
    id: 'b',
    actors: ['trump', 'petro'],
    topics: ['tariffs', 'visas'],
    months: ['2025-02', '2025-03'],
    texts: ['Tarifas', 'Aranceles del 25 %'],
  },
  { id: 'c', actors: ['rubio'], topics: ['tariffs'], months: ['2025-03'], texts: ['Llamada telefónica'] },
];
const ix = buildIndex(items, (x) => x);
const q = (patch: Partial<IndexQuery>): IndexQuery => ({
  actor: [],
  topic: [],
  month: null,
  terms: [],
  ...patch,
});

describe('matchPositions', () => {
  it.each<[string, Partial<IndexQuery>, string[]]>([
    ['no filter: every item, in order', {}, ['a', 'b', 'c']],
    ['one actor', { actor: ['petro'] }, ['a', 'b']],
    ['any of several actors, each item once', { actor: ['petro', 'trump'] }, ['a', 'b']],
    ['an actor no item has', { actor: ['nobody'] }, []],
    ['a topic', { topic: ['tariffs'] }, ['b', 'c']],
    ['an item spanning months is in each of them', { month: { from: '2025-02', to: '2025-02' } }, ['b']],
    ['a month range, inclusive', { month: { from: '2025-01', to: '2025-02' } }, ['a', 'b']],
    ['an empty month', { month: { from: '2026-01', to: '2026-12' } }, []],
    ['actor and topic intersect', { actor: ['petro'], topic: ['tariffs'] }, ['b']],
    [
      'every dimension at once',
      { actor: ['rubio', 'trump'], topic: ['tariffs'], month: { from: '2025-03', to: '2025-03' } },
      ['b', 'c'],
    ],
    ['words in any of the texts, accents folded', { terms: ['telefonica'] }, ['c']],
    ['every word must occur', { terms: ['aranceles', '25'] }, ['b']],
    ['words and filters together', { terms: ['visas'], topic: ['visas'] }, ['a']],
  ])('%s', (_, patch, expected) => {
    expect(matchPositions(ix, q(patch)).map((p) => items[p]!.id)).toEqual(expected);
  });
});

// The indexed selectors give exactly what testing every item one by one gives.
const datasets = { mini: indexDataset(Dataset.parse(mini)), bundled: indexDataset(Dataset.parse(bundled)) };
const views: [string, Partial<ViewState>][] = [
  ['no filters', {}],
  ['an actor', { actor: ['petro'] }],
  ['two actors', { actor: ['trump', 'us-treasury'] }],
  ['a month', { month: { from: '2025-10', to: '2025-10' } }],
  ['a range', { month: { from: '2025-01', to: '2025-12' } }],
  ['a topic', { topic: ['tariffs'] }],
  ['two topics and an actor', { topic: ['visas', 'diplomacy'], actor: ['petro'] }],
  ['words', { q: 'Petro' }],
  ['accented words', { q: 'aranceles teléfono' }],
  [
    'everything',
    { actor: ['petro'], topic: ['migration'], month: { from: '2025-01', to: '2025-06' }, q: 'vuelos' },
  ],
];
describe.each(Object.entries(datasets))('indexed selectors on the %s dataset', (_, d) => {
  it.each(views)('%s: the same events and quotes as a one-by-one test', (_, patch) => {
    const f = { ...defaultView('en'), ...patch };
    expect(selectEvents(d, f)).toEqual(d.events.filter((e) => eventMatches(e, f)));
    expect(selectQuotes(d, f)).toEqual(d.quotes.filter((x) => quoteMatches(x, f)));
  });
});
