/** One card size for the charts and their loading placeholders, so the page does not jump. */
export const CARD_CLASS =
  'flex min-h-[31rem] min-w-0 flex-col rounded-lg border border-slate-200 bg-white p-3';
export const PLOT_CLASS = 'h-72 w-full min-w-0';
export const CHART_IDS = ['tariffs', 'flights', 'aid', 'tension'] as const;

/**
 * The height the four charts take (heading, note and cards), reserved before they are drawn and kept
 * once they are: the page below them does not move when they arrive. The tallest of the bundled
 * story's views at the narrowest width of each step (English and Spanish, filtered or not, a month
 * shown under the tension index or not), measured at 320 to 1440 px; a view that is shorter leaves
 * the spare room inside the cards (the grid's rows stretch).
 */
export const CHARTS_MIN_H =
  'min-h-[217.25rem] min-[360px]:min-h-[203.75rem] min-[390px]:min-h-[200.5rem] min-[414px]:min-h-[195rem] min-[480px]:min-h-[176.5rem] min-[560px]:min-h-[172rem] sm:min-h-[157.25rem] md:min-h-[151.5rem] lg:min-h-[89.5rem] xl:min-h-[87.25rem]';
