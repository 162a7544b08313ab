/** File names for downloads that say what the file holds and which view it came from. */
import type { ViewState } from '@/view-state/defaults';

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);

/** A file name that says what the file holds: rift-events_petro_2025-09.csv */
export function exportFileName(kind: string, view: ViewState, ext: 'csv' | 'json' | 'png' | 'svg'): string {
  const parts = [`rift-${kind}`];
  if (view.actor.length) parts.push(view.actor.join('+'));
  if (view.month)
    parts.push(view.month.from === view.month.to ? view.month.from : `${view.month.from}_${view.month.to}`);
  if (view.topic.length) parts.push(view.topic.join('+'));
  const q = slug(view.q);
  if (q) parts.push(`q-${q}`);
  if (view.lang !== 'en') parts.push(view.lang);
  return `${parts.join('_')}.${ext}`;
}
