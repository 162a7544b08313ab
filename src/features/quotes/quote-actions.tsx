/** Under a quote: the event it belongs to, and the buttons to show it, copy the quote, copy a link. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quote } from '@/data/schema';
import type { Lang } from '@/i18n/lang';
import type { ViewState } from '@/view-state/defaults';
import { useDataset } from '@/data/dataset-context';
import { useReadView, useSetView } from '@/view-state/view-context';
import { viewLink } from '@/view-state/view-link';
import { quoteCitationText } from '@/lib/citation-text';
import { useCopy } from '@/lib/use-copy';

type Props = {
  quote: Quote;
  lang: Lang;
  /** The original wording is on screen, so it is the one copied. */
  original: boolean;
};

const ACTION =
  'min-h-8 rounded-md border border-slate-300 bg-white px-2 text-xs font-medium text-slate-800 hover:bg-slate-100';

/** The address of the current view with one event selected. */
export const linkToEvent = (view: ViewState, eventId: string): string =>
  viewLink({ ...view, event: eventId, embed: false });

export function QuoteActions({ quote, lang, original }: Props) {
  const { t } = useTranslation('quotes');
  const dataset = useDataset();
  const setView = useSetView();
  // The link is made from the view as it is when the reader copies it.
  const readView = useReadView();
  const [copied, copy] = useCopy<'quote' | 'link'>();
  const titleId = useId();
  const event = quote.event ? dataset.eventById.get(quote.event) : undefined;
  const citation = () =>
    quoteCitationText(quote, dataset, lang, {
      original,
      translationNote: quote.translatedFrom
        ? t('translationNote', { lang: t(`langName.${quote.translatedFrom}`) })
        : undefined,
    });

  return (
    <div className="mt-2 border-t border-slate-100 pt-2">
      {event && (
        <p className="text-body sm:text-sm">
          <span className="text-slate-600">{t('event')}: </span>
          <span id={titleId} className="font-medium text-slate-800">
            {event.title[lang]}
          </span>
        </p>
      )}
      <div className="mt-1.5 flex flex-wrap items-center gap-1.5">
        {event && (
          <button
            type="button"
            aria-describedby={titleId}
            onClick={() => setView({ event: event.id })}
            className={ACTION}
          >
            {t('showEvent')}
          </button>
        )}
        <button type="button" onClick={() => void copy('quote', citation())} className={ACTION}>
          {t('copyQuote')}
        </button>
        {event && (
          <button
            type="button"
            onClick={() => void copy('link', linkToEvent(readView(), event.id))}
            className={ACTION}
          >
            {t('copyLink')}
          </button>
        )}
        <span role="status" className="text-xs font-medium text-green-800">
          {copied.status === 'copied' && (
            <>
              <span aria-hidden="true">✓ </span>
              {t(copied.what === 'quote' ? 'copiedQuote' : 'copiedLink')}
            </>
          )}
        </span>
      </div>
      {copied.status === 'failed' && (
        <label className="mt-1 block text-sm text-slate-700">
          {t('copyManually')}
          <textarea
            readOnly
            value={copied.text}
            rows={3}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 w-full rounded border border-slate-500 p-1 text-xs"
          />
        </label>
      )}
    </div>
  );
}
