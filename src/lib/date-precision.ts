/** How exactly a date is known: to the day, to the month, or only approximately. */
export const DATE_PRECISIONS = ['day', 'month', 'approx'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
