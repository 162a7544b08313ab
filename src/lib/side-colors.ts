/**
 * The colours of each side's palette slot (Tailwind palette values: SVG attributes need plain
 * colours): `main` for lines and hostile bars, `light` for cooperative bars, `bright` on the dark header.
 */
import type { SideColor } from '@/data/schema';

type Tones = { main: string; light: string; bright: string };
export const SIDE_PALETTE: Readonly<Record<SideColor, Tones>> = {
  blue: { main: '#1d4ed8', light: '#93c5fd', bright: '#2563eb' },
  amber: { main: '#b45309', light: '#fcd34d', bright: '#fbbf24' },
  emerald: { main: '#047857', light: '#6ee7b7', bright: '#10b981' },
  violet: { main: '#6d28d9', light: '#c4b5fd', bright: '#8b5cf6' },
  rose: { main: '#be123c', light: '#fda4af', bright: '#f43f5e' },
  teal: { main: '#0f766e', light: '#5eead4', bright: '#14b8a6' },
};

/** The main colour of the side with this id (grey for a country that is neither side). */
export const sideColor = (sides: readonly { id: string; color: SideColor }[], id: string): string => {
  const side = sides.find((s) => s.id === id);
  return side ? SIDE_PALETTE[side.color].main : '#64748b';
};
