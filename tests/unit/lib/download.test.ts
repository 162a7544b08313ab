import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/download';

const cell = async (value: unknown) => (await toCsv([{ a: value }])).split('\r\n')[1];

describe('toCsv', () => {
  it.each<[string, unknown, string]>([
    ['a formula with =', '=HYPERLINK("http://x.invalid","go")', `"'=HYPERLINK(""http://x.invalid"",""go"")"`],
    ['a formula with +', '+1+1', `"'+1+1"`],
    ['a formula with -', '-2+3', `"'-2+3"`],
    ['a formula with @', '@SUM(A1)', `"'@SUM(A1)"`],
    ['a leading tab', '\t=1', `"'\t=1"`],
    ['a leading carriage return', '\r=1', `"'\r=1"`],
    ['a formula followed by a line break', '=1+1\nmore', `"'=1+1\nmore"`],
    ['text with = inside', 'a = b', '"a = b"'],
    ['plain text with accents', 'Petro se niega', '"Petro se niega"'],
    ['a negative number', -5, '"-5"'],
    ['a positive number', 12.5, '"12.5"'],
    ['a boolean', true, '"true"'],
    ['an empty cell', '', '""'],
    ['a control character', 'a\u0000b\u0007c', '"abc"'],
  ])('writes %s as %s', async (_, value, expected) => {
    expect(await cell(value)).toBe(expected);
  });

  it('starts with a byte-order mark and quotes the header', async () => {
    expect(await toCsv([{ title: 'x' }])).toBe('\uFEFF"title"\r\n"x"');
  });
});
