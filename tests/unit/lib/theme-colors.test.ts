import { describe, expect, it } from 'vitest';
import { parseThemeColors, THEME_COLORS } from '@/lib/theme-colors';
import { sideColor, sideTones } from '@/lib/side-colors';
import { topicColor } from '@/lib/topic-colors';
import dataset from '../../../data/dataset.json';

/** WCAG relative luminance and contrast, and the HSL hue, of a #rrggbb colour. */
const channels = (hex: string) =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
const luminance = (hex: string) => {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b = '#ffffff') => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
};
function hueOf(hex: string): { hue: number; saturation: number } {
  const [r, g, b] = channels(hex);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  const l = (max + min) / 2;
  const saturation = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  if (d === 0) return { hue: 0, saturation };
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { hue: (h * 60 + 360) % 360, saturation };
}
const hueDistance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

describe('parseThemeColors', () => {
  it.each([
    ['a plain value', '@theme { --color-us: #1d4ed8; }', { us: '#1d4ed8' }],
    [
      'a var() reference, resolved',
      '--color-us: #1d4ed8; --color-side-blue: var(--color-us);',
      { us: '#1d4ed8', 'side-blue': '#1d4ed8' },
    ],
    ['comments left out', '/* --color-x: #000; */ --color-y: #fff;', { y: '#fff' }],
    ['other tokens left out', '--font-sans: system-ui; --color-co: #b45309;', { co: '#b45309' }],
  ])('reads %s', (_, css, out) => {
    expect(parseThemeColors(css)).toEqual(out);
  });

  it('fails on a reference to a token that does not exist', () => {
    expect(() => parseThemeColors('--color-a: var(--color-b);')).toThrow(/--color-b/);
  });
});

describe('the theme’s colours', () => {
  const sides = dataset.sides as Parameters<typeof sideColor>[0];
  it('gives the two sides the country tokens, in the charts and on the header', () => {
    expect(sideColor(sides, 'US')).toBe(THEME_COLORS.us);
    expect(sideColor(sides, 'CO')).toBe(THEME_COLORS.co);
    expect(sideTones(sides[1]!).bright).toBe(THEME_COLORS['co-bright']);
  });

  const topics = dataset.topics.map((t, i) => ({ id: t.id, color: topicColor(t.id, i) }));
  const chromatic = topics.filter((t) => hueOf(t.color).saturation > 0.3);

  it.each(topics)('topic $id ($color) reads as text on white (AA, 4.5:1)', ({ color }) => {
    expect(contrast(color)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(chromatic)(
    'topic $id ($color) is at least 30° of hue from the US and Colombia colours',
    ({ color }) => {
      for (const side of [THEME_COLORS.us!, THEME_COLORS.co!])
        expect(hueDistance(hueOf(color).hue, hueOf(side).hue)).toBeGreaterThanOrEqual(30);
    },
  );

  it('gives no two topics one hue (at least 25° apart; at most one neutral)', () => {
    expect(topics.length - chromatic.length).toBeLessThanOrEqual(1);
    for (const a of chromatic)
      for (const b of chromatic)
        if (a !== b)
          expect(
            hueDistance(hueOf(a.color).hue, hueOf(b.color).hue),
            `${a.id} / ${b.id}`,
          ).toBeGreaterThanOrEqual(25);
  });

  it.each([
    'us',
    'co',
    'chart-muted',
    'chart-selected',
    'series-1',
    'series-2',
    'series-3',
    'series-4',
    'series-5',
  ])('the chart mark colour %s stands out from the card (3:1, WCAG 1.4.11)', (token) => {
    expect(contrast(THEME_COLORS[token]!, THEME_COLORS['chart-card'])).toBeGreaterThanOrEqual(3);
  });
});
