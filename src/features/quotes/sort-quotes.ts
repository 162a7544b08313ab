/** The order of the quote list: the selected event's quotes first, then by date. */
import type { Quote } from '@/data/schema';
import type { QuoteSort } from '@/view-state/defaults';

/** The order the reader chose; part of the link (`sort=newest`). */
export type QuoteOrder = QuoteSort;

/** Quotes of the selected event first, each group by date; quotes of one day keep their order. */
export function sortQuotes(
  quotes: readonly Quote[],
  order: QuoteOrder,
  selectedEvent: string | null = null,
): Quote[] {
  const sign = order === 'oldest' ? 1 : -1;
  const first = (q: Quote) => (selectedEvent !== null && q.event === selectedEvent ? 0 : 1);
  return [...quotes].sort((a, b) => first(a) - first(b) || sign * a.date.localeCompare(b.date));
}
