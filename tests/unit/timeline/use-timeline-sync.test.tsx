// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, renderHook } from '@testing-library/react';
import type { TFunction } from 'i18next';
import type { Event } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { TimelineController } from '@/features/timeline/timeline-controller';
import { useTimelineSync } from '@/features/timeline/use-timeline-controller';

// The items are the events' ids (the real transforms have their own tests).
vi.mock('@/features/timeline/to-timeline-buckets', () => ({
  toTimelineContent: (events: readonly Event[]) => events.map((e) => e.id),
}));
vi.mock('@/features/timeline/to-timeline-items', () => ({ toTimelineGroups: () => ['lanes'] }));

/** Idle callbacks that run when `idle()` is called. */
let idleQueue: Array<() => void> = [];
const idle = () => {
  while (idleQueue.length) idleQueue.shift()!();
};
beforeEach(() => {
  idleQueue = [];
  vi.stubGlobal('requestIdleCallback', (fn: () => void) => idleQueue.push(fn));
  vi.stubGlobal('cancelIdleCallback', (id: number) => (idleQueue[id - 1] = () => {}));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const fakeController = () => ({
  setLocale: vi.fn(),
  setGroups: vi.fn(),
  setItems: vi.fn(),
  setWindow: vi.fn(),
  select: vi.fn(),
  setFocus: vi.fn(),
});
const ev = (id: string) => ({ id }) as Event;
const t = ((k: string) => k) as unknown as TFunction<'timeline'>;
const base = {
  dataset: {} as IndexedDataset,
  lang: 'en' as const,
  lanes: 'side' as const,
  target: { start: '2025-01-01', end: '2026-01-01' },
  selected: null,
  focusId: null,
  t,
};

function setUp() {
  const c = fakeController();
  const controller = { current: c as unknown as TimelineController };
  const hook = renderHook(
    (props: { events: Event[]; selected: string | null }) =>
      useTimelineSync(controller, { ...base, ...props }),
    { initialProps: { events: [ev('a'), ev('b')], selected: null as string | null } },
  );
  return { c, ...hook };
}

describe('useTimelineSync', () => {
  it('draws the first view at once', () => {
    const { c } = setUp();
    expect(c.setItems).toHaveBeenCalledWith(['a', 'b']);
    expect(c.setWindow).toHaveBeenCalledWith(base.target);
  });

  it('hands a new view to the timeline only in idle time, in two pieces', () => {
    const { c, rerender } = setUp();
    c.setItems.mockClear();
    rerender({ events: [ev('a')], selected: null });
    expect(c.setItems).not.toHaveBeenCalled();
    idleQueue.shift()!(); // the items worked out
    expect(c.setItems).not.toHaveBeenCalled();
    idle(); // handed over
    expect(c.setItems).toHaveBeenCalledExactlyOnceWith(['a']);
  });

  it('an input before the timeline caught up cancels the rest: only the latest view is drawn', () => {
    const { c, rerender } = setUp();
    c.setItems.mockClear();
    rerender({ events: [ev('a')], selected: null });
    idleQueue.shift()!();
    rerender({ events: [ev('b')], selected: null });
    idle();
    expect(c.setItems).toHaveBeenCalledExactlyOnceWith(['b']);
  });

  it('a new selection alone reselects without handing the items again', () => {
    const { c, rerender } = setUp();
    c.setItems.mockClear();
    const events = [ev('a'), ev('b')];
    rerender({ events, selected: null });
    idle();
    c.setItems.mockClear();
    rerender({ events, selected: 'b' });
    idle();
    expect(c.select).toHaveBeenLastCalledWith('b');
    expect(c.setItems).not.toHaveBeenCalled();
  });
});
