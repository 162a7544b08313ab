/**
 * On a desktop the event's panel is a column at the right of the window. It starts below the page's header
 * and its section bar, wherever the reader has scrolled: the header's controls (Share, the language) and the
 * section links stay usable beside the open panel, and the panel's own bar (Close) is never under them.
 * The panel reads the place from `--detail-top`, set here on the panel; on a phone it covers the screen.
 */
import { useLayoutEffect, type RefObject } from 'react';

/** What stays at the top of the page: the header (until it scrolls away) and the sticky section bar. */
const BARS = 'header, [data-sticky="page"]';

/** The lowest bottom edge of the page's bars still on screen, in CSS pixels from the window's top. */
export function barsBottom(doc: Document = document): number {
  let bottom = 0;
  for (const bar of doc.querySelectorAll(BARS)) bottom = Math.max(bottom, bar.getBoundingClientRect().bottom);
  return Math.round(bottom);
}

export function useTopBelowBars(panel: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const el = panel.current;
    if (!el) return;
    let frame = 0;
    const place = () => {
      frame = 0;
      el.style.setProperty('--detail-top', `${barsBottom()}px`);
    };
    const later = () => {
      if (!frame) frame = requestAnimationFrame(place);
    };
    place();
    window.addEventListener('scroll', later, { passive: true });
    window.addEventListener('resize', later);
    // A notice above the section bar may come or go: the bar moves without a scroll.
    const sizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(later);
    sizes?.observe(document.body);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', later);
      window.removeEventListener('resize', later);
      sizes?.disconnect();
    };
  }, [panel]);
}
