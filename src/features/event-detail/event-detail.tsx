/** The selected event: summary, actors, coding, note, sources with their excerpts, and its quotes. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { Lang } from '@/i18n/lang';
import { CAMEO_LABELS } from '@/data/cameo';
import { actorNames } from '@/lib/actor-names';
import { formatNumber } from '@/lib/format';
import { isUnverified } from '@/lib/source-order';
import { CitationList } from '@/components/ui/citation-list';
import { DateLabel } from '@/components/ui/date-label';
import { Tag } from '@/components/ui/chip';
import { QuoteBlock } from '@/components/quote-block';

type Props = { event: Event; dataset: IndexedDataset; lang: Lang; onClose: () => void };

export function EventDetail({ event, dataset, lang, onClose }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const quotes = dataset.quotesByEvent.get(event.id) ?? [];
  // What had focus when the detail opened (a timeline item, an events row, a quote card's link…):
  // closing returns focus there, wherever the detail was opened from.
  const [opener] = useState(() => document.activeElement as HTMLElement | null);
  const close = useCallback(() => {
    onClose();
    if (opener && opener !== document.body && opener.isConnected) opener.focus();
  }, [onClose, opener]);

  useEffect(() => heading.current?.focus(), [event.id]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [close]);

  return (
    <aside
      aria-labelledby="detail-heading"
      className="fixed inset-0 z-40 overflow-y-auto bg-white p-4 shadow-2xl sm:top-20 sm:right-0 sm:bottom-0 sm:left-auto sm:w-[30rem] sm:border-l sm:border-slate-200"
      data-testid="event-detail"
    >
      <div className="flex items-start justify-between gap-3">
        <p className="text-sm text-slate-600">
          <DateLabel date={event.date} endDate={event.endDate} precision={event.datePrecision} lang={lang} />
        </p>
        <button
          type="button"
          onClick={close}
          className="-mt-1 min-h-9 rounded-md px-2 text-sm text-slate-700 hover:bg-slate-100"
        >
          {t('detail.close')} <span aria-hidden="true">✕</span>
        </button>
      </div>
      <h2 id="detail-heading" ref={heading} tabIndex={-1} className="mt-1 text-xl font-bold outline-none">
        {event.title[lang]}
      </h2>
      {isUnverified(event.citations, dataset.sourceById) && (
        <p className="mt-2 rounded-md bg-amber-100 p-2 text-sm font-medium text-amber-950">
          {t('verify.unverified')}
        </p>
      )}
      {event.context && <p className="mt-2 text-sm text-slate-600 italic">{t('verify.context')}</p>}
      <p className="mt-2 text-slate-800">{event.summary[lang]}</p>
      {event.note && (
        <p className="mt-3 rounded-md bg-violet-50 p-2 text-sm text-violet-950">
          <span className="font-semibold">{t('detail.note')}: </span>
          {event.note[lang]}
        </p>
      )}
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600">{t('events.actors')}</dt>
        <dd>{actorNames(event.actors, dataset, lang)}</dd>
        {event.targets?.length ? (
          <>
            <dt className="text-slate-600">{t('events.targets')}</dt>
            <dd>{actorNames(event.targets, dataset, lang)}</dd>
          </>
        ) : null}
        <dt className="text-slate-600">{t('detail.topics')}</dt>
        <dd className="flex flex-wrap gap-1">
          {event.topics.map((id) => (
            <Tag key={id}>{dataset.topicById.get(id)?.label[lang] ?? id}</Tag>
          ))}
        </dd>
        <dt className="text-slate-600">{t('detail.coding')}</dt>
        <dd>
          CAMEO {event.cameo} · {CAMEO_LABELS[event.cameo]?.[lang]} ·{' '}
          {t('detail.goldstein', {
            weight: formatNumber(event.goldstein, lang, {
              signDisplay: 'exceptZero',
              minimumFractionDigits: 1,
            }),
          })}
        </dd>
        {event.confidence && (
          <>
            <dt className="text-slate-600">{t('detail.confidence')}</dt>
            <dd>{t(`confidence.${event.confidence}`)}</dd>
          </>
        )}
      </dl>
      <h3 className="mt-5 mb-2 font-semibold">{t('detail.sources')}</h3>
      <CitationList citations={event.citations} sourceById={dataset.sourceById} lang={lang} withExcerpts />
      <h3 className="mt-5 mb-2 font-semibold">{t('detail.quotes', { count: quotes.length })}</h3>
      {quotes.length === 0 ? (
        <p className="text-sm text-slate-600">{t('detail.noQuotes')}</p>
      ) : (
        <ul className="space-y-3">
          {quotes.map((q) => (
            <li key={q.id}>
              <QuoteBlock quote={q} dataset={dataset} lang={lang} />
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
