/**
 * The browser's next painted frame, without React (the page's entry waits for it before loading
 * the app; use-after-paint.ts builds the panels' one-frame-late values on it).
 */

/** Calls `fn` once the next frame has been painted; returns a function that cancels it. */
export function afterNextPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    // A task queued from inside a frame callback runs after that frame's paint.
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
