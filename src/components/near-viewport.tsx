/**
 * Draws its children only once their place comes near the viewport (within `margin`, by default
 * two screens ahead): a heavy panel far below the first screen (the charts on a phone) costs
 * nothing at load, and is drawn before the reader scrolls or jumps to it. Until then,
 * `placeholder` holds its place (give it the panel's height, so nothing below moves when it is
 * drawn). The drawing is a transition: it yields to the reader's input. Where the browser cannot
 * tell (no IntersectionObserver), the children are drawn at once.
 */
import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';

type Props = {
  children: ReactNode;
  placeholder: ReactNode;
  /** How far ahead of the viewport counts as near (IntersectionObserver's rootMargin). */
  margin?: string;
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

export function NearViewport({ children, placeholder, margin = '200% 0px' }: Props) {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.at(-1)?.isIntersecting) return;
        observer.disconnect();
        startTransition(() => setNear(true));
      },
      { rootMargin: margin },
    );
    let live = true;
    void pageSettled().then(() => live && observer.observe(el));
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [near, margin]);
  if (near) return children;
  return <div ref={ref}>{placeholder}</div>;
}
