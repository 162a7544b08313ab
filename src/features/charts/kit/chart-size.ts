/** One card size for the charts and their loading placeholders, so the page does not jump. */
export const CARD_CLASS =
  'flex min-h-[31rem] min-w-0 flex-col rounded-lg border border-slate-200 bg-white p-3';
export const PLOT_CLASS = 'h-72 w-full min-w-0';
export const CHART_IDS = ['tariffs', 'flights', 'aid', 'tension'] as const;
