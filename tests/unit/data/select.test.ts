import { describe, expect, it } from 'vitest';
import { indexDataset } from '@/data/indexed-dataset';
import { eventQuotesFirst, selectEvents, selectQuotes } from '@/data/select';
import { hasFilters } from '@/view-state/filters';
import { Dataset, type Quote } from '@/data/schema';
import { defaultView, type ViewState } from '@/view-state/defaults';
import mini from '../../fixtures/mini-dataset.json';

const d = indexDataset(Dataset.parse(mini));
const f = (patch: Partial<ViewState>) => ({ ...defaultView('en'), ...patch });
const ids = (items: { id: string }[]) => items.map((x) => x.id);

describe('selectEvents', () => {
  it.each<[string, Partial<ViewState>, string[]]>([
    [
      'no filters: everything',
      {},
      ['2025-01-26-flights-refused', '2025-10-24-ofac-sanctions', '2026-01-07-phone-call'],
    ],
    ['actor who acts', { actor: ['us-treasury'] }, ['2025-10-24-ofac-sanctions']],
    [
      'actor acted upon counts too',
      { actor: ['petro'] },
      ['2025-01-26-flights-refused', '2025-10-24-ofac-sanctions', '2026-01-07-phone-call'],
    ],
    [
      'any of several actors',
      { actor: ['us-treasury', 'trump'] },
      ['2025-01-26-flights-refused', '2025-10-24-ofac-sanctions', '2026-01-07-phone-call'],
    ],
    ['one month', { month: { from: '2025-10', to: '2025-10' } }, ['2025-10-24-ofac-sanctions']],
    [
      'a range, inclusive',
      { month: { from: '2025-10', to: '2026-01' } },
      ['2025-10-24-ofac-sanctions', '2026-01-07-phone-call'],
    ],
    ['an empty month', { month: { from: '2025-03', to: '2025-03' } }, []],
    ['topic', { topic: ['diplomacy'] }, ['2026-01-07-phone-call']],
    ['words, any case', { q: 'TREASURY' }, ['2025-10-24-ofac-sanctions']],
    ['words in Spanish, accents folded', { q: 'telefono' }, ['2026-01-07-phone-call']],
    ['every word must match', { q: 'treasury phone' }, []],
    [
      'filters combine',
      { actor: ['petro'], topic: ['migration'], month: { from: '2025-01', to: '2025-12' } },
      ['2025-01-26-flights-refused'],
    ],
  ])('%s', (_, patch, expected) => {
    expect(ids(selectEvents(d, f(patch)))).toEqual(expected);
  });
});

describe('selectQuotes', () => {
  it.each<[string, Partial<ViewState>, string[]]>([
    ['everything, oldest first', {}, ['q-petro-handcuffs', 'q-bessent-cocaine']],
    ['speaker', { actor: ['petro'] }, ['q-petro-handcuffs']],
    ['an actor who never spoke', { actor: ['trump'] }, []],
    ['month', { month: { from: '2025-10', to: '2025-10' } }, ['q-bessent-cocaine']],
    ['words', { q: 'handcuffs' }, ['q-petro-handcuffs']],
    [
      'the selected event’s quotes come first',
      { event: '2025-10-24-ofac-sanctions' },
      ['q-bessent-cocaine', 'q-petro-handcuffs'],
    ],
  ])('%s', (_, patch, expected) => {
    expect(ids(selectQuotes(d, f(patch)))).toEqual(expected);
  });
});

describe('hasFilters', () => {
  it.each<[Partial<ViewState>, boolean]>([
    [{}, false],
    [{ event: 'x', lang: 'es', index: 'count' }, false],
    [{ actor: ['petro'] }, true],
    [{ q: '  ' }, false],
    [{ q: 'visa' }, true],
  ])('%j → %s', (patch, expected) => expect(hasFilters(f(patch))).toBe(expected));
});

describe('indexDataset', () => {
  it('lists every month from the first to the last item', () => {
    expect(d.months[0]).toBe('2025-01');
    expect(d.months.at(-1)).toBe('2026-01');
    expect(d.months).toHaveLength(13);
  });
  it('groups quotes by event', () => {
    expect(ids(d.quotesByEvent.get('2025-01-26-flights-refused')!)).toEqual(['q-petro-handcuffs']);
  });
});

describe('eventQuotesFirst', () => {
  const quote = (id: string, event?: string) => ({ id, event }) as unknown as Quote;
  const quotes = [quote('a', 'e1'), quote('b', 'e2'), quote('c', 'e1'), quote('d')];
  it.each([
    ['no event: the same array', null, ['a', 'b', 'c', 'd']],
    ['e1: its quotes first, in order', 'e1', ['a', 'c', 'b', 'd']],
    ['e2: its quote first', 'e2', ['b', 'a', 'c', 'd']],
    ['an event with no quote: the order kept', 'e9', ['a', 'b', 'c', 'd']],
  ])('%s', (_, event, ids) => {
    const out = eventQuotesFirst(quotes, event);
    expect(out.map((q) => q.id)).toEqual(ids);
    if (!event) expect(out).toBe(quotes);
  });
});
