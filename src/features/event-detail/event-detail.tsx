/** The selected event: summary, actors, coding, note, sources with their excerpts, and its quotes. */
import { memo, useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '@/data/schema';
import type { Lang } from '@/i18n/lang';
import { useDataset } from '@/data/dataset-context';
import { useSetView, useView } from '@/view-state/view-context';
import { useSelection } from '@/view-state/selection-context';
import { isUnverified } from '@/lib/source-order';
import { useAfterPaintFrom } from '@/lib/use-after-paint';
import { CitationList } from '@/components/ui/citation-list';
import { DateLabel } from '@/components/ui/date-label';
import { KindBadge } from '@/components/ui/kind-badge';
import { usePhoneDialog, useDialogFocus } from '@/features/event-detail/use-dialog-focus';
import { useTopBelowBars } from '@/features/event-detail/use-top-below-bars';
import { DetailNavBar } from '@/features/event-detail/detail-nav-bar';
import { DetailFacts } from '@/features/event-detail/detail-facts';
import { DetailQuotes } from '@/features/event-detail/detail-quotes';

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

/** Memoised: typing in the search box while the detail is open does not redraw it. */
const DetailPanel = memo(function DetailPanel({ event, lang, onClose, previous, next, onNavigate }: Props) {
  const { t } = useTranslation();
  const dataset = useDataset();
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const phone = usePhoneDialog();
  useDialogFocus(panel, phone, `event-title-${event.id}`);
  const place = useTopBelowBars(panel);
  // When the panel opens, and when the reader moves to another event, its title, date, summary and
  // facts are painted first; its sources (with their excerpts) and quotes follow a frame later.
  const [drawn] = useAfterPaintFrom([null], [event]);

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
      style={place}
      aria-labelledby="detail-heading"
      role={phone ? 'dialog' : 'complementary'}
      aria-modal={phone ? true : undefined}
      // On a desktop it starts below the page's header and section bar (useTopBelowBars); scrolled inside,
      // a focused link keeps clear of the panel's own sticky bar (scroll padding).
      className="fixed inset-0 z-40 scroll-pt-16 overflow-y-auto overscroll-contain bg-white px-4 pb-4 shadow-2xl sm:top-(--detail-top,0px) sm:right-0 sm:bottom-0 sm:left-auto sm:w-[30rem] sm:border-t sm:border-l sm:border-slate-200"
      data-testid="event-detail"
    >
      <DetailNavBar lang={lang} previous={previous} next={next} onNavigate={onNavigate} onClose={onClose} />
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
      <DetailFacts event={event} lang={lang} />
      {drawn === event ? (
        <>
          <h3 className="mt-5 mb-2 font-semibold">{t('detail.sources')}</h3>
          <CitationList
            citations={event.citations}
            sourceById={dataset.sourceById}
            lang={lang}
            withExcerpts
          />
          <DetailQuotes eventId={event.id} lang={lang} />
        </>
      ) : (
        <div aria-busy="true" className="min-h-60" />
      )}
    </div>
  );
});
