/**
 * Values that a slow panel draws one frame late: the component sees the new values only after the
 * browser has painted the frame that carries them elsewhere (the lists), so a filter change paints
 * the list first and the timeline or a chart follows. While values keep changing (typing), only the
 * latest is drawn, in a transition that the next input interrupts.
 */
import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './after-next-paint';

const same = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/** These values as of the last painted frame (each compared by identity). */
export function useAfterPaint<T extends readonly unknown[]>(...values: T): T {
  return useAfterPaintFrom(values, values);
}

/** The same, showing `first` until a frame has painted: a panel that opens with its light part alone. */
export function useAfterPaintFrom<T extends readonly unknown[]>(first: T, values: T): T {
  const [shown, setShown] = useState<T>(first);
  const changed = !same(shown, values);
  useEffect(() => {
    if (!changed) return;
    // A transition: the catch-up render yields to the reader's next input.
    return afterNextPaint(() => startTransition(() => setShown(values)));
    // `values` is a new array each render: what matters is whether its items changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [changed, ...values]);
  return shown;
}
