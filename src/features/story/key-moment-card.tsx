/** One key moment: its date and kind, what happened, the quote that captures it, and what came next. */
import { useTranslation } from 'react-i18next';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { Lang } from '@/view-state/defaults';
import { DateLabel } from '@/components/ui/date-label';
import { KindBadge } from '@/components/ui/kind-badge';
import type { KeyMoment } from './key-moments';

type Props = {
  moment: KeyMoment;
  dataset: IndexedDataset;
  lang: Lang;
  /** Opens an event's detail (this moment's, or the one that came next). */
  onOpen: (id: string) => void;
};

export function KeyMomentCard({ moment, dataset, lang, onOpen }: Props) {
  const { t } = useTranslation('story');
  const { event, quote, next } = moment;
  const speaker = quote && dataset.actorById.get(quote.speaker);
  // The speaker's own words when they spoke the reader's language; else the recorded text (maybe a translation).
  const own = quote?.original && quote.translatedFrom === lang;
  const words = quote && (own ? quote.original : quote.text);
  return (
    <>
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
        <DateLabel date={event.date} endDate={event.endDate} precision={event.datePrecision} lang={lang} />
        <KindBadge cameo={event.cameo} />
      </p>
      <h3
        className="mt-1 text-lg leading-snug font-bold text-slate-900 sm:text-xl"
        data-testid="moment-title"
      >
        {event.title[lang]}
      </h3>
      <p className="mt-2 text-body leading-relaxed text-slate-800 sm:text-base">{event.summary[lang]}</p>
      {quote ? (
        <figure className="mt-3 border-l-4 border-slate-300 pl-3">
          <blockquote
            lang={own ? lang : quote.language}
            className="text-body text-slate-900 italic sm:text-base"
          >
            “{words}”
          </blockquote>
          <figcaption className="mt-1 text-sm text-slate-600">
            — {speaker?.name ?? quote.speaker},{' '}
            <DateLabel date={quote.date} precision={quote.datePrecision} lang={lang} />
            {quote.translatedFrom && !own && ` · ${t('translated')}`}
          </figcaption>
        </figure>
      ) : (
        <p className="mt-3 text-sm text-slate-600">{t('noQuote')}</p>
      )}
      <div className="mt-3 flex flex-wrap items-baseline gap-x-4 gap-y-2 text-body sm:text-sm">
        {next && (
          <p className="min-w-0">
            <span className="font-semibold text-slate-700">{t('whatCameNext')}: </span>
            <button
              type="button"
              onClick={() => onOpen(next.id)}
              className="text-left text-blue-800 underline underline-offset-2 hover:text-blue-950"
            >
              <DateLabel date={next.date} precision={next.datePrecision} lang={lang} /> · {next.title[lang]}
            </button>
          </p>
        )}
        <button
          type="button"
          onClick={() => onOpen(event.id)}
          className="font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950"
        >
          {t('readMore')}
        </button>
      </div>
    </>
  );
}
