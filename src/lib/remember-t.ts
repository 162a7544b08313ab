/**
 * A translator that remembers what it gave: a long list asks the same few texts in every row
 * (the kind of a move, a source's grade), and i18next resolves each call anew (its plural and
 * interpolation rules cost a few tenths of a millisecond on a slow phone). One per language: the
 * list makes a new one when its `t` changes.
 */
import type { TFunction } from 'i18next';

export function rememberT(t: TFunction): TFunction {
  const seen = new Map<string, unknown>();
  const remembering = (key: string | string[], options?: Record<string, unknown>) => {
    const id = options === undefined ? String(key) : `${String(key)}\u0000${JSON.stringify(options)}`;
    if (seen.has(id)) return seen.get(id);
    const text = (t as (k: string | string[], o?: Record<string, unknown>) => unknown)(key, options);
    seen.set(id, text);
    return text;
  };
  return remembering as unknown as TFunction;
}
