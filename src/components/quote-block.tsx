/**
 * One quote: the words said (search words marked), who said them and when, the context, the original
 * wording where known, any different wording a source printed, and the sources.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quote, Source } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { Lang } from '@/i18n/lang';
import { countryName } from '@/lib/country';
import { formatEventDate, formatPublished } from '@/lib/format';
import { saidSourceIds } from '@/lib/citation-text';
import { isUnverified, orderedSourceIds, sourceName } from '@/lib/source-order';
import { splitHighlights } from '@/lib/highlight';
import { DateLabel } from './ui/date-label';
import { SourceLink } from './ui/citation-list';
import { actorName } from '@/lib/actor-names';

type Props = {
  quote: Quote;
  dataset: IndexedDataset;
  lang: Lang;
  /** Drawn with a blue ring (the selected event's quotes). */
  highlighted?: boolean;
  /** Search words, marked wherever they occur in the quoted words. */
  terms?: readonly string[];
  /** Shown above the words, e.g. "From the selected event". */
  badge?: ReactNode;
  /** Buttons at the foot of the card; told whether the original wording is on screen. */
  renderActions?: (shown: { original: boolean }) => ReactNode;
};

const NO_TERMS: readonly string[] = [];

/** The text with the search words in <mark> elements: React elements, never HTML. */
export function Marked({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return <>{text}</>;
  return (
    <>
      {splitHighlights(text, terms).map((piece, i) =>
        piece.match ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 text-inherit">
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}

export function QuoteBlock({
  quote,
  dataset,
  lang,
  highlighted = false,
  terms = NO_TERMS,
  badge,
  renderActions,
}: Props) {
  const { t } = useTranslation('quotes');
  const speaker = dataset.actorById.get(quote.speaker);
  const name = speaker ? actorName(speaker, lang) : quote.speaker;
  const spoken = quote.translatedFrom;
  const hasOriginal = !!quote.original && !!spoken;
  // A reader of the language spoken sees the original first; either way the toggle switches.
  const [choice, setChoice] = useState<boolean | null>(null);
  const showOriginal = hasOriginal && (choice ?? spoken === lang);
  const langName = (code: string) => t(`langName.${code}`);

  return (
    <article
      aria-label={t('by', { name, date: formatEventDate(quote.date, quote.datePrecision, lang) })}
      className={`rounded-lg border bg-white p-3 ${highlighted ? 'border-blue-600 ring-2 ring-blue-600/20' : 'border-slate-200'}`}
    >
      {badge}
      {isUnverified(quote.citations, dataset.sourceById) && <UnverifiedBadge />}
      <figure>
        <blockquote
          lang={showOriginal ? spoken : quote.language}
          className="font-serif text-[1.05rem] leading-snug text-slate-900"
        >
          “<Marked text={showOriginal ? quote.original! : quote.text} terms={terms} />”
        </blockquote>
        <div className="mt-1 flex flex-wrap items-center gap-x-2 text-xs text-slate-600">
          {showOriginal ? (
            <span>{t('originalLabel', { lang: langName(spoken!) })}</span>
          ) : (
            spoken && <span>{t('translatedFrom', { lang: langName(spoken) })}</span>
          )}
          {hasOriginal && (
            <button
              type="button"
              onClick={() => setChoice(!showOriginal)}
              className="min-h-6 rounded text-blue-800 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-800"
            >
              {showOriginal
                ? t('showTranslation', { lang: langName(quote.language) })
                : t('showOriginal', { lang: langName(spoken!) })}
            </button>
          )}
        </div>
        {lang === 'es' && quote.spanish && (
          <div className="mt-2 border-l-2 border-slate-300 pl-2">
            <p lang="es" className="font-serif text-slate-800">
              “<Marked text={quote.spanish.text} terms={terms} />”
            </p>
            <p className="text-xs text-slate-600">
              {quote.spanish.source
                ? t('spanishPublished', {
                    name: sourceName(
                      dataset.sourceById.get(quote.spanish.source) ?? {
                        publisher: quote.spanish.source,
                        origin: 'original',
                      },
                      lang,
                    ),
                  })
                : t(quote.translatedFrom === 'es' ? 'spanishBack' : 'spanishOurs')}
            </p>
          </div>
        )}
        <figcaption className="mt-2 text-body text-slate-700 sm:text-sm">
          — <span className="font-semibold">{name}</span>
          {speaker && (
            <span className="text-slate-600">
              , {speaker.role[lang]} · {countryName(speaker.country, lang)}
            </span>
          )}
          {' · '}
          <DateLabel date={quote.date} precision={quote.datePrecision} lang={lang} />
        </figcaption>
      </figure>
      <p className="mt-1 text-body text-slate-600 sm:text-sm">
        <span className="row-sr-only">{t('context')}: </span>
        {quote.context[lang]}
      </p>
      {quote.note && <p className="mt-1 text-xs text-slate-500 italic">{quote.note[lang]}</p>}
      {quote.reportedWordings?.length ? (
        <ReportedWordings quote={quote} dataset={dataset} lang={lang} terms={terms} />
      ) : null}
      <ul aria-label={t('sources')} className="mt-2 space-y-0.5 text-xs text-slate-600">
        {orderedSourceIds(quote.citations, dataset.sourceById).map((id) => {
          const source = dataset.sourceById.get(id);
          return source && <SourceLine key={id} source={source} lang={lang} />;
        })}
      </ul>
      {renderActions?.({ original: showOriginal })}
    </article>
  );
}

function UnverifiedBadge() {
  const { t } = useTranslation();
  return (
    <p className="mb-1 inline-block rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
      {t('verify.unverified')}
    </p>
  );
}

/** Publisher, headline (the link) and date of one source. */
function SourceLine({ source, lang }: { source: Source; lang: Lang }) {
  const headline = source.url ? (
    <a
      href={source.url}
      target="_blank"
      rel="noopener noreferrer"
      className="text-blue-800 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-800"
    >
      {source.title}
    </a>
  ) : (
    <span className="text-slate-800">{source.title}</span>
  );
  return (
    <li>
      <span className="font-medium text-slate-700">{sourceName(source, lang)}</span>: {headline} ·{' '}
      {formatPublished(source.published, lang)}
    </li>
  );
}

type WordingProps = { quote: Quote; dataset: IndexedDataset; lang: Lang; terms: readonly string[] };

/** Where a source printed other words than those said: both wordings, each with its source. */
function ReportedWordings({ quote, dataset, lang, terms }: WordingProps) {
  const { t } = useTranslation('quotes');
  const wordings = quote.reportedWordings ?? [];
  const link = (id: string) => {
    const source = dataset.sourceById.get(id);
    return source ? <SourceLink source={source} lang={lang} /> : id;
  };
  return (
    <section className="mt-2 rounded-md border border-amber-200 bg-amber-50 p-2 text-sm text-amber-950">
      <p className="font-semibold">{t('reported', { count: wordings.length })}</p>
      <p className="mt-1 text-xs">
        {t('asSaid')}{' '}
        {saidSourceIds(quote, dataset.sourceById).map((id, i) => (
          <span key={id}>
            {i > 0 && '; '}
            {link(id)}
          </span>
        ))}
      </p>
      <ul className="mt-1 space-y-1">
        {wordings.map((w, i) => (
          <li key={`${w.source}-${i}`}>
            <span className="text-xs">
              {t('printedBy')} {link(w.source)}:
            </span>{' '}
            <q className="font-serif">
              <Marked text={w.excerpt} terms={terms} />
            </q>
            {w.note && <span className="block text-xs text-amber-900/80">{w.note[lang]}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
