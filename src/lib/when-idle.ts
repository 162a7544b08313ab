/**
 * Work that may wait: run when the browser has nothing more urgent to do (no input, no rendering
 * left in React's queue), or after a timeout at the latest.
 */

type IdleApi = {
  request: (fn: () => void, timeout: number) => unknown;
  cancel: (handle: unknown) => void;
};

const idleApi = (): IdleApi =>
  typeof requestIdleCallback === 'function'
    ? {
        request: (fn, timeout) => requestIdleCallback(fn, { timeout }),
        cancel: (h) => cancelIdleCallback(h as number),
      }
    : // Without idle callbacks (jsdom, old Safari): the next task.
      { request: (fn) => setTimeout(fn, 0), cancel: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };

/** Runs `fn` once the browser is idle, or after `timeout` ms at the latest. Returns a cancel. */
export function whenIdle(fn: () => void, timeout = 500): () => void {
  const api = idleApi();
  const handle = api.request(fn, timeout);
  return () => api.cancel(handle);
}
