/** The full, canonical address of a view: what Share copies and what an embed loads. */
import type { ViewState } from './defaults';
import { serializeView } from './view-parsers';

export function viewLink(
  view: ViewState,
  base: Pick<Location, 'origin' | 'pathname'> = window.location,
): string {
  const query = serializeView(view);
  return `${base.origin}${base.pathname}${query ? `?${query}` : ''}`;
}
