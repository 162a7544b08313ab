/** One event in the list: date and marks, title (selects it), who acted on whom, topics, sources. */
import { memo } from 'react';
import type { TFunction } from 'i18next';
import type { Event } from '@/data/schema';
import { useDataset } from '@/data/dataset-context';
import { PlainKindBadge } from '@/components/ui/kind-badge';
import type { Lang } from '@/i18n/lang';
import { PlainCitationList } from '@/components/ui/citation-list';
import { PlainDateLabel } from '@/components/ui/date-label';
import { Tag } from '@/components/ui/chip';
import { actorNames } from '@/lib/actor-names';
import { isUnverified } from '@/lib/source-order';
import { eventTitleId } from '@/lib/dom-ids';

type Props = {
  event: Event;
  lang: Lang;
  selected: boolean;
  onSelect: (id: string) => void;
  /** The list's translator, read once per list: a row has no hook of its own but the dataset's. */
  t: TFunction;
};

/**
 * Memoised on what it draws: selecting an event re-renders the two rows whose selection changed,
 * not the list; a filter change re-renders none of the rows it keeps.
 */
export const EventRow = memo(function EventRow({ event, lang, selected, onSelect, t }: Props) {
  const dataset = useDataset();
  const quoteCount = dataset.quotesByEvent.get(event.id)?.length ?? 0;
  return (
    // Paint containment (row-contained): a selection repaints its row, not the hundred around it.
    <li
      className={`row-contained rounded-lg border bg-white p-3 shadow-xs ${
        selected ? 'border-blue-600 ring-2 ring-blue-600/30' : 'border-slate-200'
      }`}
      data-event-id={event.id}
    >
      <article aria-labelledby={eventTitleId(event.id)}>
        <div className="flex flex-wrap items-baseline gap-x-2 text-sm text-slate-600">
          <PlainDateLabel
            t={t}
            date={event.date}
            endDate={event.endDate}
            precision={event.datePrecision}
            lang={lang}
          />
          <PlainKindBadge cameo={event.cameo} t={t} />
          {event.keyMoment && <Tag className="bg-amber-100 text-amber-900">{t('events.keyMoment')}</Tag>}
          {event.note && <Tag className="bg-violet-100 text-violet-900">{t('events.hasNote')}</Tag>}
          {isUnverified(event.citations, dataset.sourceById) && (
            <Tag className="bg-amber-100 text-amber-900">{t('events.unverified')}</Tag>
          )}
          {event.context && <Tag className="bg-slate-100 text-slate-700">{t('events.context')}</Tag>}
        </div>
        <h4 className="mt-0.5 font-semibold">
          <button
            id={eventTitleId(event.id)}
            type="button"
            aria-pressed={selected}
            onClick={() => onSelect(event.id)}
            className="text-left text-slate-900 hover:text-blue-800 hover:underline"
          >
            {event.title[lang]}
          </button>
        </h4>
        <p className="mt-1 text-body text-slate-700 sm:text-sm">
          <span className="row-sr-only">{t('events.actors')}: </span>
          {actorNames(event.actors, dataset, lang)}
          {event.targets?.length ? (
            <>
              {' → '}
              <span className="row-sr-only">{t('events.targets')}: </span>
              {actorNames(event.targets, dataset, lang)}
            </>
          ) : null}
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-1.5">
          {event.topics.map((id) => (
            <Tag key={id}>{dataset.topicById.get(id)?.label[lang] ?? id}</Tag>
          ))}
          {quoteCount > 0 && (
            <span className="text-xs text-slate-600">{t('events.quoteCount', { count: quoteCount })}</span>
          )}
        </div>
        <div className="mt-2">
          <span className="row-sr-only">{t('events.sources')}: </span>
          <PlainCitationList citations={event.citations} sourceById={dataset.sourceById} lang={lang} t={t} />
        </div>
      </article>
    </li>
  );
});
