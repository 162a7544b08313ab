/**
 * Joins class names and lets a later Tailwind class win over an earlier one of the same kind
 * (`cn('px-3', 'px-2')` → `px-2`), so a component's defaults can be overridden by its caller.
 * clsx for conditional lists, tailwind-merge for the conflicts: both small, well kept, and the
 * usual pair for this in Tailwind projects.
 *
 * tailwind-merge is built here from the groups our components are overridden in, not from its
 * default config (~9 kB gzip before first paint, all of Tailwind). A class outside these groups is
 * kept as written, as clsx alone would. tests/unit/lib/cn.test.ts checks the result against the
 * full default merge.
 */
import { clsx, type ClassValue } from 'clsx';
import { createTailwindMerge, validators } from 'tailwind-merge';

const { isAny, isArbitraryValue, isNumber, isTshirtSize } = validators;
const SPACING = ['px', isNumber, isArbitraryValue];
const SIZE = ['auto', 'full', 'min', 'max', 'fit', 'screen', ...SPACING];
const sides = (p: string) =>
  Object.fromEntries(
    ['', 'x', 'y', 't', 'r', 'b', 'l', 's', 'e'].map((s) => [
      p + s,
      [{ [p + s]: p === 'm' ? ['auto', ...SPACING] : SPACING }],
    ]),
  );
const conflicts = (p: string) => ({
  [p]: ['x', 'y', 't', 'r', 'b', 'l', 's', 'e'].map((s) => p + s),
  [`${p}x`]: [`${p}r`, `${p}l`, `${p}s`, `${p}e`],
  [`${p}y`]: [`${p}t`, `${p}b`],
});

const merge = createTailwindMerge(() => ({
  cacheSize: 500,
  theme: {},
  classGroups: {
    ...sides('p'),
    ...sides('m'),
    gap: [{ gap: SPACING }],
    'justify-content': [
      { justify: ['normal', 'start', 'end', 'center', 'between', 'around', 'evenly', 'stretch'] },
    ],
    'align-items': [{ items: ['start', 'end', 'center', 'baseline', 'stretch'] }],
    display: ['block', 'inline-block', 'inline', 'flex', 'inline-flex', 'grid', 'inline-grid', 'hidden'],
    // A size before a colour: `text-sm` and the theme's `text-body` are sizes, any other `text-*` a colour.
    'font-size': [{ text: ['base', 'body', isTshirtSize, isArbitraryValue] }],
    'text-color': [{ text: [isAny] }],
    'font-weight': [
      { font: ['thin', 'light', 'normal', 'medium', 'semibold', 'bold', 'extrabold', 'black'] },
    ],
    leading: [
      { leading: ['none', 'tight', 'snug', 'normal', 'relaxed', 'loose', isNumber, isArbitraryValue] },
    ],
    'bg-color': [{ bg: [isAny] }],
    'border-w': [{ border: ['', isNumber, isArbitraryValue] }],
    'border-style': [{ border: ['solid', 'dashed', 'dotted', 'double', 'hidden', 'none'] }],
    'border-color': [{ border: [isAny] }],
    rounded: [{ rounded: ['', 'none', 'full', isTshirtSize, isArbitraryValue] }],
    h: [{ h: SIZE }],
    'min-h': [{ 'min-h': SIZE }],
    w: [{ w: SIZE }],
    'min-w': [{ 'min-w': SIZE }],
  },
  conflictingClassGroups: { ...conflicts('p'), ...conflicts('m') },
  conflictingClassGroupModifiers: { 'font-size': ['leading'] },
  orderSensitiveModifiers: [],
}));

export const cn = (...classes: ClassValue[]) => merge(clsx(classes));
