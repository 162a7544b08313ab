import { describe, expect, it } from 'vitest';
import type { Quote } from '@/data/schema';
import { sortQuotes, type QuoteOrder } from '@/features/quotes/sort-quotes';

const q = (id: string, date: string, event?: string) => ({ id, date, event }) as Quote;
const quotes = [
  q('a', '2025-01-26', 'flights'),
  q('b', '2025-10-24', 'sanctions'),
  q('c', '2025-01-26', 'tariffs'),
  q('d', '2026-01-07', 'flights'),
  q('e', '2025-03-07'),
];

describe('sortQuotes', () => {
  it.each<[string, QuoteOrder, string | null, string[]]>([
    ['oldest first; one day keeps its order', 'oldest', null, ['a', 'c', 'e', 'b', 'd']],
    ['newest first; one day keeps its order', 'newest', null, ['d', 'b', 'e', 'a', 'c']],
    ['the selected event first, oldest first', 'oldest', 'flights', ['a', 'd', 'c', 'e', 'b']],
    ['the selected event first, newest first', 'newest', 'flights', ['d', 'a', 'b', 'e', 'c']],
    ['an event with no quotes changes nothing', 'oldest', 'nothing', ['a', 'c', 'e', 'b', 'd']],
  ])('%s', (_, order, event, expected) => {
    expect(sortQuotes(quotes, order, event).map((x) => x.id)).toEqual(expected);
  });

  it('leaves its input alone', () => {
    const input = [...quotes];
    sortQuotes(input, 'newest');
    expect(input).toEqual(quotes);
  });
});
