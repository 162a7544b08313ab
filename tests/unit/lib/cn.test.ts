import { describe, expect, it } from 'vitest';
import { cn } from '@/lib/cn';

describe('cn', () => {
  it.each([
    ['a caller’s padding over a Button’s default', ['px-3 py-1.5 text-sm', 'px-2'], 'py-1.5 text-sm px-2'],
    [
      'the tension chips’ sizes over the Chip’s own',
      ['min-h-8 px-3 py-1 text-sm', 'min-h-7 px-2 py-0.5 text-xs'],
      'min-h-7 px-2 py-0.5 text-xs',
    ],
    ['a text colour beside a text size (no conflict)', ['text-sm', 'text-us'], 'text-sm text-us'],
    ['conditional parts left out when false', ['a', false, undefined, 'b'], 'a b'],
  ])('keeps the later class on a conflict: %s', (_, input, out) => {
    expect(cn(...input)).toBe(out);
  });
});
