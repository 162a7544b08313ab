/**
 * On a desktop the event's panel is a column at the right of the window. It starts below the page's header
 * and its section bar, wherever the reader has scrolled: the header's controls (Share, the language) and the
 * section links stay usable beside the open panel, and the panel's own bar (Close) is never under them.
 * The panel reads the place from `--detail-top`, set here on the panel; on a phone it covers the screen.
 */
import { useLayoutEffect, useState, type CSSProperties, type RefObject } from 'react';

/** What stays at the top of the page: the header (until it scrolls away) and the sticky section bar. */
const BARS = ['header', '[data-sticky="page"]'];

/**
 * The lowest bottom edge of the page's bars still on screen, in CSS pixels from the window's top. Each
 * bar is the first of its kind, found near the page's start: a search for all of them would walk the
 * whole page (~3 ms at 10,000 events with the CPU slowed 4x).
 */
export function barsBottom(doc: Document = document): number {
  let bottom = 0;
  for (const selector of BARS) {
    const bar = doc.querySelector(selector);
    if (bar) bottom = Math.max(bottom, bar.getBoundingClientRect().bottom);
  }
  return Math.round(bottom);
}

/**
 * The panel's first place comes as a style for its first render, read before the panel is in the page:
 * the page's layout is then the one just painted, so reading it costs nothing, where a read after the
 * panel is inserted lays the whole page out at once, then again for the new place (~8 ms of a panel's
 * opening at 10,000 events with the CPU slowed 4x). Later moves (scroll, resize) set it on the panel.
 */
export function useTopBelowBars(panel: RefObject<HTMLElement | null>): CSSProperties {
  const [top] = useState(barsBottom);
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
  return { '--detail-top': `${top}px` } as CSSProperties;
}
