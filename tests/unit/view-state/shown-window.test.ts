import { describe, expect, it } from 'vitest';
import { revealWindow, storyBounds, withRevealedWindow } from '@/view-state/shown-window';
import type { ViewState } from '@/view-state/defaults';

const bounds = { start: '2025-01-01', end: '2026-01-01' };
const jan = { start: '2025-01-10', end: '2025-02-09' }; // 30 days

describe('revealWindow moves the shown stretch to an event only when the event is out of it', () => {
  it.each<[string, { date: string; endDate?: string }, { start: string; end: string } | null]>([
    ['an event inside stays: no new window', { date: '2025-01-20' }, null],
    ['an event on the first day is inside', { date: '2025-01-10' }, null],
    [
      'an event on the end day is outside (the end is exclusive)',
      { date: '2025-02-09' },
      { start: '2025-02-06', end: '2025-03-08' },
    ],
    [
      'a later event: same span, the event 3 days (10%) in from the left',
      { date: '2025-06-15' },
      { start: '2025-06-12', end: '2025-07-12' },
    ],
    ['an earlier event', { date: '2025-01-05' }, { start: '2025-01-02', end: '2025-02-01' }],
    [
      'a span that runs past the end is revealed from its start',
      { date: '2025-01-30', endDate: '2025-02-20' },
      { start: '2025-01-27', end: '2025-02-26' },
    ],
    [
      'kept inside the story: at the start',
      { date: '2025-01-01' },
      { start: '2025-01-01', end: '2025-01-31' },
    ],
    ['kept inside the story: at the end', { date: '2025-12-30' }, { start: '2025-12-02', end: '2026-01-01' }],
  ])('%s', (_, event, expected) => expect(revealWindow(jan, event, bounds)).toEqual(expected));

  it('a stretch as long as the story becomes the story', () =>
    expect(revealWindow({ start: '2024-12-01', end: '2026-02-01' }, { date: '2026-03-01' }, bounds)).toEqual(
      bounds,
    ));
});

const events = [
  { id: 'a', date: '2025-01-15' },
  { id: 'b', date: '2025-06-15' },
  { id: 'c', date: '2025-12-01' },
];
const story = { events, updated: '2026-01-01', eventById: new Map(events.map((e) => [e.id, e])) };
const view = (patch: Partial<ViewState> = {}) => ({ window: null, month: null, ...patch });

describe('withRevealedWindow writes the selection and the window that shows it in one patch', () => {
  it.each<[string, Partial<ViewState>, ReturnType<typeof view>, Partial<ViewState>]>([
    ['no window in the link: the whole story shows every event', { event: 'b' }, view(), { event: 'b' }],
    [
      'an event inside the link’s window: the event alone',
      { event: 'a' },
      view({ window: jan }),
      { event: 'a' },
    ],
    [
      'an event outside the link’s window: the event and the window that shows it',
      { event: 'b' },
      view({ window: jan }),
      { event: 'b', window: { start: '2025-06-12', end: '2025-07-12' } },
    ],
    [
      'an event outside the month filter’s stretch: a month-long window that shows it, inside the story',
      { event: 'c' },
      view({ month: { from: '2025-01', to: '2025-01' } }),
      { event: 'c', window: { start: '2025-11-14', end: '2025-12-15' } },
    ],
    [
      'a patch that sets the window itself is kept',
      { event: 'b', window: null },
      view({ window: jan }),
      { event: 'b', window: null },
    ],
    ['closing (no event) is kept', { event: null }, view({ window: jan }), { event: null }],
    ['another change is kept', { topic: ['x'] }, view({ window: jan }), { topic: ['x'] }],
    ['an unknown event is kept as it is', { event: 'zz' }, view({ window: jan }), { event: 'zz' }],
  ])('%s', (_, patch, v, expected) => expect(withRevealedWindow(patch, v, story)).toEqual(expected));

  it('the story’s bounds have two weeks of room on each side', () =>
    expect(storyBounds(story)).toEqual({ start: '2025-01-01', end: '2025-12-15' }));
});
