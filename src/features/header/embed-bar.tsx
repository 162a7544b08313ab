/** The slim top of the embedded view: the title, the data date, and a way to the full page. */
import { useTranslation } from 'react-i18next';
import { formatEventDate } from '@/lib/format';
import type { Lang } from '@/i18n/lang';

type Props = { updated: string; tagline: string; lang: Lang; fullLink: string; counts: string };

export function EmbedBar({ updated, tagline, lang, fullLink, counts }: Props) {
  const { t } = useTranslation();
  return (
    <header className="flex flex-wrap items-center justify-between gap-2 bg-slate-900 px-3 py-2 text-white">
      <div className="text-sm">
        {/* The embedded page still has one top-level heading (its title). */}
        <h1 className="inline font-bold">{t('app.title')}</h1> · {tagline} ·{' '}
        <span className="text-slate-300">
          {t('header.asOf', { date: formatEventDate(updated, 'day', lang) })}
        </span>
      </div>
      <p className="text-sm text-slate-200" data-testid="result-counts">
        {counts}
      </p>
      <a
        href={fullLink}
        target="_blank"
        rel="noopener noreferrer"
        className="inline-flex min-h-6 items-center rounded-md bg-amber-400 px-2 py-1 text-sm font-semibold text-slate-900 hover:bg-amber-300"
      >
        {t('embed.openFull')} <span aria-hidden="true">↗</span>
      </a>
    </header>
  );
}
