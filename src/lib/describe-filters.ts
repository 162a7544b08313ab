/** Says in words which filters are on, for empty states: "from Donald Trump in March 2025". */
import type { TFunction } from 'i18next';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { ViewState } from '@/view-state/defaults';
import { formatList, formatMonthRange } from './format';
import { actorName } from './actor-names';

export function describeFilters(
  view: Pick<ViewState, 'actor' | 'month' | 'topic' | 'q' | 'lang'>,
  d: IndexedDataset,
  t: TFunction,
  who: 'involving' | 'from',
): string {
  const lang = view.lang;
  const parts: string[] = [];
  if (view.actor.length) {
    const names = view.actor.map((id) => {
      const a = d.actorById.get(id);
      return a ? actorName(a, lang) : id;
    });
    parts.push(t(`describe.${who}`, { names: formatList(names, lang, 'disjunction') }));
  }
  if (view.month)
    parts.push(t('describe.in', { months: formatMonthRange(view.month.from, view.month.to, lang, 'long') }));
  if (view.topic.length) {
    const labels = view.topic.map((id) => d.topicById.get(id)?.label[lang] ?? id);
    parts.push(t('describe.on', { topics: formatList(labels, lang, 'disjunction') }));
  }
  if (view.q.trim()) parts.push(t('describe.matching', { q: view.q.trim() }));
  return parts.join(' ');
}
