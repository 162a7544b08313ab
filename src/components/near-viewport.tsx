/**
 * Draws its children only once their place comes near the viewport (by default within two
 * screens): a heavy panel far below the first screen (the charts on a phone) costs nothing at
 * load, and is drawn before the reader scrolls or jumps to it. Until then, `placeholder` holds its
 * place (give it the panel's height, so nothing below moves when it is drawn). While a panel above
 * is still loading (aria-busy), this place is not yet where it will be, so it waits for that panel
 * (unless the reader is already there). The drawing is a transition: it yields to the reader's
 * input. Where the browser cannot tell (no IntersectionObserver), the children are drawn at once.
 */
import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';

type Props = {
  children: ReactNode;
  placeholder: ReactNode;
  /** How far ahead of the viewport counts as near, in screen heights. */
  screens?: number;
};

let settled: Promise<void> | undefined;

/**
 * Resolves once the page's height has not changed for `quietMs` (the panels above, whose code
 * loads after first paint, are in place), or at the reader's first scroll. Until then a place
 * below them sits higher than it will and would look near.
 */
export function pageSettled(quietMs = 500): Promise<void> {
  settled ??= new Promise<void>((resolve) => {
    if (typeof ResizeObserver === 'undefined') return resolve();
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      window.removeEventListener('scroll', done);
      resolve();
    };
    let timer = setTimeout(done, quietMs);
    const observer = new ResizeObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    });
    observer.observe(document.body);
    window.addEventListener('scroll', done, { passive: true });
  });
  return settled;
}

/** Something above `el` is still loading (a panel's placeholder says aria-busy): `el` will move down. */
function busyAbove(el: Element): boolean {
  return [...document.querySelectorAll('[aria-busy="true"]')].some(
    (busy) => !el.contains(busy) && busy.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
}

export function NearViewport({ children, placeholder, screens = 2 }: Props) {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    let live = true;
    // Read from the layout at the moment (the observers only say when to look again).
    const within = (ahead: number) => {
      const box = el.getBoundingClientRect();
      const reach = window.innerHeight * ahead;
      return box.top < window.innerHeight + reach && box.bottom > -reach;
    };
    // Near, and not about to be pushed away by a panel above that is still loading (unless the
    // reader is already there).
    const decide = () => {
      if (!live || !within(screens) || (busyAbove(el) && !within(0))) return;
      stop();
      startTransition(() => setNear(true));
    };
    const observer = new IntersectionObserver(decide, { rootMargin: `${screens * 100}% 0px` });
    // A panel above that finishes loading changes the page's height.
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(decide);
    const stop = () => {
      live = false;
      observer.disconnect();
      resized?.disconnect();
    };
    void pageSettled().then(() => {
      if (!live) return;
      observer.observe(el);
      resized?.observe(document.body);
    });
    return stop;
  }, [near, screens]);
  if (near) return children;
  return <div ref={ref}>{placeholder}</div>;
}
