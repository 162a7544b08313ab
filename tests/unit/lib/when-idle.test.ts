import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '@/lib/when-idle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** A stand-in for the browser's idle callbacks: they run when `idle()` is called, or at their timeout. */
function fakeIdle() {
  const queue = new Map<number, { fn: () => void; timeout?: number }>();
  let next = 1;
  vi.stubGlobal('requestIdleCallback', (fn: () => void, o?: { timeout?: number }) => {
    queue.set(next, { fn, timeout: o?.timeout });
    return next++;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => queue.delete(id));
  return {
    queue,
    idle: () => {
      const due = [...queue.values()];
      queue.clear();
      due.forEach((c) => c.fn());
    },
  };
}

describe('whenIdle', () => {
  it('runs the work only once the browser is idle, with the given timeout', () => {
    const { queue, idle } = fakeIdle();
    const fn = vi.fn();
    whenIdle(fn, 300);
    expect(fn).not.toHaveBeenCalled();
    expect([...queue.values()][0]!.timeout).toBe(300);
    idle();
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('never runs work cancelled before the browser was idle', () => {
    const { idle } = fakeIdle();
    const fn = vi.fn();
    whenIdle(fn)();
    idle();
    expect(fn).not.toHaveBeenCalled();
  });

  it.each([
    ['runs', false, 1],
    ['never runs', true, 0],
  ])('without idle callbacks, %s the work in the next task (cancelled: %s)', (_, cancelled, calls) => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const fn = vi.fn();
    const cancel = whenIdle(fn);
    if (cancelled) cancel();
    expect(fn).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(fn).toHaveBeenCalledTimes(calls);
  });
});
