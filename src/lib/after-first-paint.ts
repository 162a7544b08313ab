/**
 * Calls `fn` once the browser has put the page's first content on screen (the paint timing entry
 * `first-contentful-paint`, reported when that frame is presented, not just drawn), or after
 * `fallbackMs` if it never says so (a page opened in a background tab paints only when shown;
 * a browser without paint timing). Once only.
 */
import { afterNextPaint } from './after-next-paint';

export function afterFirstPaint(fn: () => void, fallbackMs = 3000): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    observer?.disconnect();
    fn();
  };
  const timer = setTimeout(once, fallbackMs);
  let observer: PerformanceObserver | undefined;
  const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  if (
    typeof PerformanceObserver !== 'undefined' &&
    PerformanceObserver.supportedEntryTypes?.includes('paint')
  ) {
    if (painted()) return void setTimeout(once, 0);
    observer = new PerformanceObserver(() => {
      if (painted()) once();
    });
    observer.observe({ type: 'paint' });
  } else afterNextPaint(once);
}
