/** What the timeline draws: the selection and the view as of the last painted frame (timeline-region.tsx). */
import type { Event } from '@/data/schema';
import type { ViewState } from '@/view-state/defaults';

export type DrawnView = { events: readonly Event[]; view: ViewState };
