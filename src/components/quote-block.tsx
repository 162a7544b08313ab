/** One quote: the words, who said them and when, in what context, and the sources. */
import { useTranslation } from 'react-i18next';
import type { Quote } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { Lang } from '@/view-state/defaults';
import { CitationList } from './ui/citation-list';
import { DateLabel } from './ui/date-label';

type Props = { quote: Quote; dataset: IndexedDataset; lang: Lang; highlighted?: boolean };

export function QuoteBlock({ quote, dataset, lang, highlighted = false }: Props) {
  const { t } = useTranslation();
  const speaker = dataset.actorById.get(quote.speaker);
  return (
    <figure
      aria-label={t('quotes.by', { name: speaker?.name ?? quote.speaker })}
      className={`rounded-lg border bg-white p-3 ${highlighted ? 'border-blue-600 ring-2 ring-blue-600/20' : 'border-slate-200'}`}
    >
      <blockquote lang={quote.language} className="font-serif text-[1.05rem] leading-snug text-slate-900">
        “{quote.text}”
      </blockquote>
      {quote.translatedFrom && (
        <p className="mt-1 text-xs text-slate-500">
          {t('quotes.translatedFrom', { lang: t(`langName.${quote.translatedFrom}`) })}
        </p>
      )}
      <figcaption className="mt-2 text-sm text-slate-700">
        — <span className="font-semibold">{speaker?.name ?? quote.speaker}</span>
        {speaker && <span className="text-slate-600">, {speaker.role[lang]}</span>}
        {' · '}
        <DateLabel date={quote.date} precision={quote.datePrecision} lang={lang} />
      </figcaption>
      <p className="mt-1 text-sm text-slate-600">{quote.context[lang]}</p>
      <div className="mt-2">
        <span className="sr-only">{t('events.sources')}: </span>
        <CitationList citations={quote.citations} sourceById={dataset.sourceById} lang={lang} />
      </div>
    </figure>
  );
}
