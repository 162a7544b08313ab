import { describe, expect, it } from 'vitest';
import { indexDataset } from '@/data/indexed-dataset';
import { quoteMatches, quoteSearchTexts, selectQuotes } from '@/data/select';
import { Dataset, type Quote } from '@/data/schema';
import { defaultView } from '@/view-state/defaults';
import bundled from '../../../data/dataset.json';
import mini from '../../fixtures/mini-dataset.json';

const d = indexDataset(Dataset.parse(mini));
const full = indexDataset(Dataset.parse(bundled));
const quote = (id: string) => d.quotes.find((q) => q.id === id)!;
const f = (q: string, lang: 'en' | 'es' = 'es') => ({ ...defaultView(lang), q });

describe('quote search in both languages, accents folded', () => {
  it.each<[string, string, string, boolean]>([
    ['an English quote by its Spanish translation', 'cocaína', 'q-bessent-cocaine', true],
    ['the same without the accent', 'cocaina', 'q-bessent-cocaine', true],
    ['the same in capitals', 'COCAÍNA', 'q-bessent-cocaine', true],
    ['by its English words', 'cocaine', 'q-bessent-cocaine', true],
    ['words of both languages together', 'cocaine producción', 'q-bessent-cocaine', true],
    ['a word in neither', 'aranceles', 'q-bessent-cocaine', false],
    ['a translated quote by its Spanish', 'esposados', 'q-petro-handcuffs', true],
  ])('finds %s', (_, q, id, expected) => {
    expect(quoteMatches(quote(id), f(q))).toBe(expected);
  });

  it('searches the words as said, the original, the Spanish and printed variants', () => {
    const q: Quote = {
      ...quote('q-petro-handcuffs'),
      original: 'nunca permitiré',
      spanish: { text: 'traducción' },
      reportedWordings: [{ source: 's4', excerpt: 'a printed variant' }],
    };
    expect(quoteSearchTexts(q)).toEqual([q.text, 'nunca permitiré', 'traducción', 'a printed variant']);
  });

  it('finds by "cocaína" every bundled quote whose words say "cocaine"', () => {
    const en = full.quotes.filter((q) => /cocaine/i.test(q.text)).map((q) => q.id);
    const es = selectQuotes(full, f('cocaína')).map((q) => q.id);
    expect(en.length).toBeGreaterThan(0);
    expect(es).toEqual(expect.arrayContaining(en));
  });
});
