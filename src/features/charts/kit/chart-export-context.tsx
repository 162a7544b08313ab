/** What a chart's download needs from the page: the view (for the file name), its filters in words, and the credit. */
import { createContext, useContext } from 'react';
import type { ViewState } from '@/view-state/defaults';

export type ChartExportInfo = {
  view: ViewState;
  /** "View: events involving … in September 2025." — for a chart that follows the filters. */
  filters: string;
  /** "Shaded: September 2025." — for a chart that only shades the month filter; null without one. */
  shaded: string | null;
  /** The dashboard's name and link. */
  credit: string;
};
/**
 * A stable reader of the current info (read when a download is made, not when a chart draws): a filter
 * change does not re-render the charts that ignore the filters through this context.
 */
export const ChartExportContext = createContext<() => ChartExportInfo | null>(() => null);
export const useChartExport = () => useContext(ChartExportContext);
