/**
 * The colours of each side, from the theme (src/styles/theme.css): a side whose id has country tokens
 * (`--color-us`, `--color-co`) takes them; any other takes its palette slot (`--color-side-<slot>`).
 * `main` for lines and hostile bars, `light` for cooperative bars, `bright` on the dark header.
 */
import type { SideColor } from '@/data/schema';
import { maybeThemeColor, themeColor } from './theme-colors';

type Tones = { main: string; light: string; bright: string };
type SideLike = { id: string; color: SideColor };

const tones = (token: string): Tones => ({
  main: themeColor(token),
  light: themeColor(`${token}-light`),
  bright: themeColor(`${token}-bright`),
});

/** A side's tones: its country's tokens when the theme has them, else its colour slot's. */
export function sideTones(side: SideLike): Tones {
  const country = side.id.toLowerCase();
  return maybeThemeColor(country) ? tones(country) : tones(`side-${side.color}`);
}

/** The main colour of the side with this id (the muted grey for a country that is neither side). */
export const sideColor = (sides: readonly SideLike[], id: string): string => {
  const side = sides.find((s) => s.id === id);
  return side ? sideTones(side).main : themeColor('chart-muted');
};
