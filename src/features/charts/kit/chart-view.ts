/** What a chart reads from the view. */
import type { ViewState } from '@/view-state/defaults';

/** Only the parts of the view the series charts draw: a filter on actors, topics or words does not redraw them. */
export type ChartView = Pick<ViewState, 'lang' | 'month' | 'event'>;
