/** The sources behind an item: publisher, date, headline and link; the excerpt as a quote. */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Citation, Source } from '@/data/schema';
import type { Lang } from '@/i18n/lang';
import { formatPublished } from '@/lib/format';
import { orderCitations, sourceName } from '@/lib/source-order';

type Props = {
  citations: readonly Citation[];
  sourceById: ReadonlyMap<string, Source>;
  lang: Lang;
  /** Show each excerpt under its source (the detail panel), or only the links (lists). */
  withExcerpts?: boolean;
};

export function SourceLink({ source, lang }: { source: Source; lang: Lang }) {
  const label = `${sourceName(source, lang)}, ${formatPublished(source.published, lang)}`;
  return source.url ? (
    <a
      href={source.url}
      target="_blank"
      rel="noopener noreferrer"
      title={source.title}
      // inline-block with padding: at least 24 px tall even when the label wraps (WCAG 2.5.8).
      className="inline-block py-1 text-blue-800 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-800"
    >
      {label}
    </a>
  ) : (
    <span title={source.title}>{label}</span>
  );
}

export function CitationList(props: Props) {
  const { t } = useTranslation();
  return <PlainCitationList {...props} t={t} />;
}

/** CitationList given the translator: no hook, for rows drawn by the hundred (one `t` per list). */
export function PlainCitationList({
  citations,
  sourceById,
  lang,
  withExcerpts = false,
  t,
}: Props & { t: TFunction }) {
  const ordered = orderCitations(citations, sourceById);
  const unique = ordered.filter(
    (c, i) => withExcerpts || ordered.findIndex((x) => x.source === c.source) === i,
  );
  return (
    <ul className={withExcerpts ? 'space-y-3' : 'flex flex-wrap gap-x-3 text-xs'}>
      {unique.map((c, i) => {
        const source = sourceById.get(c.source);
        if (!source) return null;
        return (
          <li key={`${c.source}-${i}`}>
            <SourceLink source={source} lang={lang} />
            {withExcerpts && (
              <>
                <div className="text-xs text-slate-600">
                  “{source.title}” · {t(`sourceKind.${source.kind}`)} ·{' '}
                  <span className="font-medium">{t(`sourceGrade.${source.grade}`)}</span>
                  {!source.url && source.noLinkReason && <> · {t(`noLink.${source.noLinkReason}`)}</>}
                </div>
                {source.notes && (
                  <details className="text-xs text-slate-600">
                    <summary className="min-h-6 cursor-pointer py-1">{t('sources.about')}</summary>
                    <p lang="en">{source.notes}</p>
                  </details>
                )}
                {c.excerpt && (
                  <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 text-body text-slate-700 italic sm:text-sm">
                    “{c.excerpt}”
                  </blockquote>
                )}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
