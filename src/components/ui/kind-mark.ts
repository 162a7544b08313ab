/** The mark of each kind of move, the same wherever an event appears (badge, timeline, legend). */
import type { EventKind } from '@/data/event-kind';

export const KIND_MARK: Record<EventKind, string> = {
  threat: '⚠',
  act: '■',
  statement: '❝',
  cooperation: '⇄',
};
