/**
 * Splits a text into the pieces that match the search words and the pieces between them, for
 * highlighting with React elements (never HTML). Matching is case- and accent-insensitive, like
 * the search itself (text-search.ts), but the pieces keep the text exactly as written.
 */
import { fold } from './text-search';

export type TextPiece = { text: string; match: boolean };

/** The folded text, and for each folded character the span [start, end) of the character it came from. */
function foldWithOrigins(text: string) {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length;) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const f = fold(char);
    for (let k = 0; k < f.length; k++) {
      starts.push(i);
      ends.push(i + char.length);
    }
    folded += f;
    i += char.length;
  }
  return { folded, starts, ends };
}

/** Moves an end past characters that fold to nothing (combining accents), so a match keeps its accent. */
function pastFoldedAway(text: string, end: number): number {
  while (end < text.length) {
    const char = String.fromCodePoint(text.codePointAt(end)!);
    if (fold(char) !== '') break;
    end += char.length;
  }
  return end;
}

/** The ranges [start, end) of the text where any of the terms occurs, sorted and merged. */
export function matchRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  const wanted = [...new Set(terms.map(fold).filter(Boolean))];
  if (!text || wanted.length === 0) return [];
  const { folded, starts, ends } = foldWithOrigins(text);
  const ranges: Array<[number, number]> = [];
  for (const term of wanted) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1))
      ranges.push([starts[at]!, pastFoldedAway(text, ends[at + term.length - 1]!)]);
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The text as pieces, matched and unmatched in turn; joined, they give back the text. */
export function splitHighlights(text: string, terms: readonly string[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, terms)) {
    if (start > at) pieces.push({ text: text.slice(at, start), match: false });
    pieces.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}
