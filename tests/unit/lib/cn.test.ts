import { describe, expect, it } from 'vitest';
import { clsx } from 'clsx';
import { twMerge } from 'tailwind-merge';
import { cn } from '@/lib/cn';

// The defaults of the components that take a caller's classes (Button, Chip, Tag, KindBadge, chart plot).
const BUTTON =
  'inline-flex min-h-9 items-center justify-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium transition-colors disabled:cursor-not-allowed';
const SECONDARY =
  'border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 disabled:text-slate-400';
const CHIP =
  'min-h-8 rounded-full border px-3 py-1 text-sm transition-colors border-slate-300 bg-white text-slate-700';
const TAG = 'inline-block rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700';
const BADGE =
  'inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-semibold border border-dashed border-red-700';

describe('cn', () => {
  it.each([
    ['a caller’s padding over a Button’s default', ['px-3 py-1.5 text-sm', 'px-2'], 'py-1.5 text-sm px-2'],
    [
      'the tension chips’ sizes over the Chip’s own',
      ['min-h-8 px-3 py-1 text-sm', 'min-h-7 px-2 py-0.5 text-xs'],
      'min-h-7 px-2 py-0.5 text-xs',
    ],
    ['a text colour beside a text size (no conflict)', ['text-sm', 'text-us'], 'text-sm text-us'],
    [
      'the theme’s reading size over sm, beside a colour',
      ['text-sm text-slate-700', 'text-body'],
      'text-slate-700 text-body',
    ],
    ['conditional parts left out when false', ['a', false, undefined, 'b'], 'a b'],
  ])('keeps the later class on a conflict: %s', (_, input, out) => {
    expect(cn(...input)).toBe(out);
  });

  // What callers pass today, and more: the project's merge must agree with tailwind-merge's full one.
  it.each([
    [BUTTON + ' ' + SECONDARY, 'px-2 text-xs'],
    [BUTTON + ' ' + SECONDARY, 'mt-3'],
    [BUTTON + ' ' + SECONDARY, 'underline'],
    [BUTTON, 'min-h-7 px-2 py-0.5 text-xs'],
    [BUTTON, 'p-0 bg-transparent text-blue-800'],
    [BUTTON, 'w-full justify-start rounded-none'],
    [CHIP, 'min-h-7 px-2 py-0.5 text-xs'],
    [CHIP, 'border-slate-900 bg-slate-900 text-white'],
    [TAG, 'bg-amber-100 text-amber-900'],
    [TAG, 'bg-violet-100 text-violet-900'],
    [BADGE, 'mr-1.5 align-[1px] font-normal'],
    [BADGE, 'border-solid text-[11px]'],
    ['h-72 w-full mt-1', 'h-96'],
    ['m-2 mx-4', 'my-1 ml-0'],
    ['p-4', 'px-2 pt-1'],
    ['leading-snug text-sm', 'text-base'],
    ['block', 'hidden'],
    ['border-2 border-slate-300', 'border border-us'],
  ])('gives what the full tailwind-merge gives: %s + %s', (base, extra) => {
    expect(cn(base, extra)).toBe(twMerge(clsx(base, extra)));
  });
});
