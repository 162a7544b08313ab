/** One card size for the charts and their loading placeholders, so the page does not jump. */
export const CARD_CLASS =
  'flex min-h-[31rem] min-w-0 flex-col rounded-lg border border-slate-200 bg-white p-3';
export const PLOT_CLASS = 'h-72 w-full min-w-0';
export const CHART_IDS = ['tariffs', 'flights', 'aid', 'tension'] as const;

/**
 * The four charts' height (heading, note and cards), reserved before they are drawn and kept once
 * they are, so the page below does not move when they arrive (the steps are in styles.css). A view
 * that is shorter leaves the spare room inside the cards (the grid's rows stretch).
 */
export const CHARTS_MIN_H = 'charts-height';
