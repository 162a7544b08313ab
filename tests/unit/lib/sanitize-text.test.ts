import { describe, expect, it } from 'vitest';
import { sanitizeDeep, sanitizeText } from '@/lib/sanitize-text';

describe('sanitizeText', () => {
  it.each<[string, string, string]>([
    ['NUL', 'a\u0000b', 'ab'],
    ['bell and backspace', '\u0007x\u0008', 'x'],
    ['vertical tab and form feed', 'a\u000Bb\u000Cc', 'abc'],
    ['escape (terminal colour codes)', '\u001B[31mred', '[31mred'],
    ['DEL and C1 controls', 'a\u007Fb\u0085c\u009Fd', 'abcd'],
    ['a lone high surrogate', 'a\uD800b', 'ab'],
    ['a lone low surrogate', 'a\uDC00b', 'ab'],
    ['U+FFFE and U+FFFF', 'a\uFFFEb\uFFFF', 'ab'],
    ['tab, line feed and carriage return (kept)', 'a\tb\nc\r\nd', 'a\tb\nc\r\nd'],
    ['accents and ñ (kept)', 'Petro se niega, año', 'Petro se niega, año'],
    ['an emoji (a valid surrogate pair, kept)', 'flag 🇨🇴', 'flag 🇨🇴'],
    ['markup (kept as text)', '<script>x</script>', '<script>x</script>'],
  ])('%s', (_, input, expected) => {
    expect(sanitizeText(input)).toBe(expected);
  });

  it('cleans every string of an object, keys too, and leaves numbers, booleans and null', () => {
    expect(sanitizeDeep({ 'k\u0000': ['a\u0001', 3, null, { b: true, c: 'x\u0002' }] })).toEqual({
      k: ['a', 3, null, { b: true, c: 'x' }],
    });
  });
});
