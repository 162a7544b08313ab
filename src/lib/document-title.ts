/** The tab's title for a view: what the reader is looking at, then the site's name. */
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { ViewState } from '@/view-state/defaults';
import { formatMonthRange } from './format';

type Data = Pick<IndexedDataset, 'actorById' | 'topicById' | 'eventById'>;

export function documentTitle(view: ViewState, data: Data, site: string, fallback: string): string {
  const lang = view.lang;
  const event = view.event ? data.eventById.get(view.event) : undefined;
  const parts = event
    ? [event.title[lang]]
    : [
        ...view.actor.map((id) => data.actorById.get(id)?.name ?? id),
        ...(view.month ? [formatMonthRange(view.month.from, view.month.to, lang)] : []),
        ...view.topic.map((id) => data.topicById.get(id)?.label[lang] ?? id),
        ...(view.q.trim() ? [`“${view.q.trim()}”`] : []),
      ];
  return `${parts.length ? parts.join(' · ') : fallback} — ${site}`;
}
