/** The selected event: summary, actors, coding, note, sources with their excerpts, and its quotes. */
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '@/data/schema';
import type { Lang } from '@/i18n/lang';
import { useDataset } from '@/data/dataset-context';
import { useSetView, useView } from '@/view-state/view-context';
import { useSelection } from '@/view-state/selection-context';
import { CAMEO_LABELS } from '@/data/cameo';
import { actorNames } from '@/lib/actor-names';
import { formatNumber } from '@/lib/format';
import { isUnverified } from '@/lib/source-order';
import { CitationList } from '@/components/ui/citation-list';
import { DateLabel } from '@/components/ui/date-label';
import { Tag } from '@/components/ui/chip';
import { QuoteBlock } from '@/components/quote-block';
import { KindBadge } from '@/components/ui/kind-badge';
import { usePhoneDialog, useDialogFocus } from './use-dialog-focus';
import { useTopBelowBars } from './use-top-below-bars';

/**
 * The link's event, read from the view (nothing when none is selected), with the previous and next
 * events of the filtered list. `onNavigate` is told when the reader moves to one of them.
 */
export function EventDetail({ onNavigate }: { onNavigate?: () => void }) {
  const dataset = useDataset();
  const { event: id, lang } = useView();
  const setView = useSetView();
  const { events } = useSelection();
  const close = useCallback(() => void setView({ event: null }), [setView]);
  const navigate = useCallback(
    (to: string) => {
      onNavigate?.();
      void setView({ event: to });
    },
    [onNavigate, setView],
  );
  const event = id ? dataset.eventById.get(id) : undefined;
  if (!event) return null;
  const at = events.indexOf(event);
  return (
    <DetailPanel
      event={event}
      lang={lang}
      onClose={close}
      previous={at > 0 ? events[at - 1] : undefined}
      next={at >= 0 ? events[at + 1] : undefined}
      onNavigate={navigate}
    />
  );
}

type Props = {
  event: Event;
  lang: Lang;
  onClose: () => void;
  /** The events before and after this one among those the filters show. */
  previous?: Event;
  next?: Event;
  onNavigate: (id: string) => void;
};

function DetailPanel({ event, lang, onClose, previous, next, onNavigate }: Props) {
  const { t } = useTranslation();
  const dataset = useDataset();
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const quotes = dataset.quotesByEvent.get(event.id) ?? [];
  const phone = usePhoneDialog();
  useDialogFocus(panel, phone, `event-title-${event.id}`);
  useTopBelowBars(panel);

  useEffect(() => heading.current?.focus(), [event.id]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    // A div, not an aside: a landmark may not take the dialog role it needs on a phone (axe aria-allowed-role).
    <div
      ref={panel}
      aria-labelledby="detail-heading"
      role={phone ? 'dialog' : 'complementary'}
      aria-modal={phone ? true : undefined}
      // On a desktop it starts below the page's header and section bar (useTopBelowBars); scrolled inside,
      // a focused link keeps clear of the panel's own sticky bar (scroll padding).
      className="fixed inset-0 z-40 scroll-pt-16 overflow-y-auto overscroll-contain bg-white px-4 pb-4 shadow-2xl sm:top-(--detail-top,0px) sm:right-0 sm:bottom-0 sm:left-auto sm:w-[30rem] sm:border-t sm:border-l sm:border-slate-200"
      data-testid="event-detail"
    >
      {/* Close and the neighbours stay in view however far the reader scrolls. */}
      <div
        className="sticky top-0 z-10 -mx-4 flex items-center justify-between gap-2 border-b border-slate-200 bg-white/95 px-4 py-2 backdrop-blur"
        data-sticky="panel"
      >
        <div className="flex gap-1">
          <button
            type="button"
            disabled={!previous}
            onClick={() => previous && onNavigate(previous.id)}
            title={previous?.title[lang]}
            className="min-h-10 rounded-md border border-slate-300 px-2 text-sm text-slate-800 hover:bg-slate-100 disabled:text-slate-400"
          >
            <span aria-hidden="true">← </span>
            {t('detail.previous')}
          </button>
          <button
            type="button"
            disabled={!next}
            onClick={() => next && onNavigate(next.id)}
            title={next?.title[lang]}
            className="min-h-10 rounded-md border border-slate-300 px-2 text-sm text-slate-800 hover:bg-slate-100 disabled:text-slate-400"
          >
            {t('detail.next')}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
        <button
          type="button"
          onClick={onClose}
          className="min-h-10 rounded-md bg-slate-900 px-3 text-sm font-semibold text-white hover:bg-slate-700"
        >
          {t('detail.close')} <span aria-hidden="true">✕</span>
        </button>
      </div>
      <p className="mt-3 flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <DateLabel date={event.date} endDate={event.endDate} precision={event.datePrecision} lang={lang} />
        <KindBadge cameo={event.cameo} />
      </p>
      <h2 id="detail-heading" ref={heading} tabIndex={-1} className="mt-1 text-xl font-bold outline-none">
        {event.title[lang]}
      </h2>
      {isUnverified(event.citations, dataset.sourceById) && (
        <p className="mt-2 rounded-md bg-amber-100 p-2 text-sm font-medium text-amber-950">
          {t('verify.unverified')}
        </p>
      )}
      {event.context && <p className="mt-2 text-sm text-slate-600 italic">{t('verify.context')}</p>}
      <p className="mt-2 text-body text-slate-800 sm:text-base">{event.summary[lang]}</p>
      {event.note && (
        <p className="mt-3 rounded-md bg-violet-50 p-2 text-body text-violet-950 sm:text-sm">
          <span className="font-semibold">{t('detail.note')}: </span>
          {event.note[lang]}
        </p>
      )}
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-body sm:text-sm">
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
    </div>
  );
}
