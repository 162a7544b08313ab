/** What a chart's download needs from the page: the view (for the file name) and its filters in words. */
import { createContext, useContext } from 'react';
import type { ViewState } from '@/view-state/defaults';

export type ChartExportInfo = { view: ViewState; filters: string };
export const ChartExportContext = createContext<ChartExportInfo | null>(null);
export const useChartExport = () => useContext(ChartExportContext);
