/**
 * The arrow keys of a chart's keyboard layer (Recharts' accessibilityLayer), made to do what a reader
 * expects:
 * - Focusing the plot already shows its first point; the first arrow press then stays on it (Recharts
 *   would move on at once, so the first month or bar was only seen on focus, never by an arrow).
 * - On a chart with horizontal bars (layout="vertical"), Recharts 3.10 moves backwards on ArrowRight
 *   (it treats top-to-bottom as a reversed direction), so the first bar could never be left. Down and
 *   Right go to the next bar, Up and Left to the previous one.
 * The keys Recharts gets are re-sent as untrusted events, which this listener lets through.
 */
import { useEffect, type RefObject } from 'react';

const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREV = new Set(['ArrowLeft', 'ArrowUp']);

/** The key Recharts must get for a reader's key, or null to leave the key alone. Pure. */
export function rechartsKey(key: string, vertical: boolean): string | null {
  if (!vertical) return key === 'ArrowRight' || key === 'ArrowLeft' ? key : null;
  if (NEXT.has(key)) return 'ArrowLeft';
  if (PREV.has(key)) return 'ArrowRight';
  return null;
}

export function useChartKeys(ref: RefObject<HTMLElement | null>, { vertical = false } = {}) {
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let fresh = false;
    const onFocus = (e: FocusEvent) => {
      fresh = e.target instanceof SVGSVGElement;
    };
    const onKey = (e: KeyboardEvent) => {
      if (!e.isTrusted) return;
      const key = rechartsKey(e.key, vertical);
      if (key === null) return;
      const shown = !!el.querySelector('[data-testid="chart-tooltip"]');
      const first = fresh && shown;
      fresh = false;
      if (!first && key === e.key) return;
      e.preventDefault();
      e.stopPropagation();
      if (!first) e.target?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    };
    el.addEventListener('focusin', onFocus);
    el.addEventListener('keydown', onKey, true);
    return () => {
      el.removeEventListener('focusin', onFocus);
      el.removeEventListener('keydown', onKey, true);
    };
  }, [ref, vertical]);
}
