import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FreshnessLine } from './freshness-line';
import type { Lang } from '@/i18n/lang';

/** `tagline` and `colors` (the two sides' tints for the mark) come from the dataset once it is loaded. */
type Props = {
  updated?: string;
  dataTo?: string;
  tagline?: string;
  colors?: readonly [string, string];
  lang: Lang;
  controls?: ReactNode;
};

export function SiteHeader({
  updated,
  dataTo,
  tagline,
  colors = ['#94a3b8', '#cbd5e1'],
  lang,
  controls,
}: Props) {
  const { t } = useTranslation();
  return (
    <header className="bg-slate-900 text-white">
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-2 px-4 sm:gap-3 py-2 sm:min-h-16 sm:py-3">
        <div>
          <h1 className="text-lg font-bold tracking-tight sm:text-2xl">
            {/* The two sides' colours as SVG fills: no inline style, so the first screen prerendered
                into index.html keeps the content security policy (style-src 'self'). */}
            <svg
              aria-hidden="true"
              viewBox="0 0 16 16"
              className="mr-2 inline-block h-4 w-4 rounded-sm align-[-1px]"
            >
              <rect width="8" height="16" fill={colors[0]} />
              <rect x="8" width="8" height="16" fill={colors[1]} />
            </svg>
            {t('app.title')}
          </h1>
          <p className="hidden text-sm text-slate-300 sm:block">
            {tagline}
            {tagline && updated && (
              <>
                {' · '}
                <FreshnessLine dataTo={dataTo ?? updated} updated={updated} lang={lang} />
              </>
            )}
          </p>
        </div>
        {controls && <div className="flex items-center gap-2 sm:gap-3">{controls}</div>}
      </div>
    </header>
  );
}
