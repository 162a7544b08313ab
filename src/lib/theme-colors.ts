/**
 * The colour tokens of the Tailwind theme (src/styles/theme.css), as plain values for SVG attributes
 * and downloads: a detached SVG cannot resolve CSS variables, so the charts read the same file's text
 * here instead of keeping a second copy of the values.
 */
import themeCss from '@/styles/theme.css?raw';

/** `--color-x: value;` declarations of a CSS text, by name without `--color-`, with var() references resolved. Pure. */
export function parseThemeColors(css: string): Readonly<Record<string, string>> {
  const raw = new Map<string, string>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, name, value] of text.matchAll(/--color-([\w-]+)\s*:\s*([^;]+);/g))
    raw.set(name!, value!.trim());
  const resolve = (value: string, seen: Set<string>): string => {
    const ref = /^var\(--color-([\w-]+)\)$/.exec(value)?.[1];
    if (!ref) return value;
    const next = raw.get(ref);
    if (next === undefined || seen.has(ref)) throw new Error(`theme colour var(--color-${ref}) is undefined`);
    return resolve(next, new Set([...seen, ref]));
  };
  return Object.fromEntries([...raw].map(([name, value]) => [name, resolve(value, new Set([name]))]));
}

export const THEME_COLORS = parseThemeColors(themeCss);

/** One theme colour by its token name (`us`, `chart-grid`, `topic-aid`); a missing token is a programming error. */
export function themeColor(name: string): string {
  const value = THEME_COLORS[name];
  if (value === undefined) throw new Error(`no --color-${name} in src/styles/theme.css`);
  return value;
}

/** A theme colour if the token exists (a dataset's own topic or side), else undefined. */
export const maybeThemeColor = (name: string): string | undefined => THEME_COLORS[name];
