import { describe, expect, it } from 'vitest';
import { matchRanges, splitHighlights, type TextPiece } from '@/lib/highlight';
import { searchTerms } from '@/lib/text-search';

/** "a [b] c" notation: the bracketed pieces are the matches. */
const show = (pieces: TextPiece[]) => pieces.map((p) => (p.match ? `[${p.text}]` : p.text)).join('');

describe('splitHighlights marks the search words as pieces of the text', () => {
  it.each([
    ['one word', 'Petro lost his visa', 'visa', 'Petro lost his [visa]'],
    ['any case', 'VISA revoked; visa gone', 'Visa', '[VISA] revoked; [visa] gone'],
    ['inside a longer word', 'tariffs rise', 'tariff', '[tariff]s rise'],
    [
      'accents in the text',
      'La Cancillería respondió',
      'cancilleria respondio',
      'La [Cancillería] [respondió]',
    ],
    ['accents in the query', 'Colombia and Petro', 'colómbia', '[Colombia] and Petro'],
    ['upper-case accents', 'ÉXITO total', 'exito', '[ÉXITO] total'],
    ['decomposed accents stay inside the mark', 'Bogota\u0301 says', 'bogota', '[Bogota\u0301] says'],
    ['ñ folds to n', 'el niño', 'nino', 'el [niño]'],
    ['two words', 'drug boats and drug money', 'drug money', '[drug] boats and [drug] [money]'],
    ['overlapping words merge', 'deportation', 'deport portation', '[deportation]'],
    ['adjacent matches merge', 'aaaa', 'aa', '[aaaa]'],
    ['no match', 'Petro', 'trump', 'Petro'],
    ['no words', 'Petro', '', 'Petro'],
    ['HTML is only text', '<b>bold</b>', '<b>', '[<b>]bold</b>'],
    ['emoji before a match', '🇨🇴 visa', 'visa', '🇨🇴 [visa]'],
  ])('%s', (_, text, query, expected) => {
    const pieces = splitHighlights(text, searchTerms(query));
    expect(show(pieces)).toBe(expected);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('gives nothing for an empty text', () => {
    expect(splitHighlights('', ['visa'])).toEqual([]);
  });

  it('folds terms that were not folded', () => {
    expect(matchRanges('Cancillería', ['CANCILLERÍA'])).toEqual([[0, 11]]);
  });
});
