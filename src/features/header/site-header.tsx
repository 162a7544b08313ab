import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FreshnessLine } from './freshness-line';
import type { Lang } from '@/i18n/lang';

type Props = { updated?: string; dataTo?: string; lang: Lang; controls?: ReactNode };

export function SiteHeader({ updated, dataTo, lang, controls }: Props) {
  const { t } = useTranslation();
  return (
    <header className="bg-slate-900 text-white">
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-2 px-4 sm:gap-3 py-2 sm:min-h-16 sm:py-3">
        <div>
          <h1 className="text-lg font-bold tracking-tight sm:text-2xl">
            <span
              aria-hidden="true"
              className="mr-2 inline-block h-4 w-4 rounded-sm bg-gradient-to-r from-blue-600 from-50% to-amber-400 to-50%"
            />
            {t('app.title')}
          </h1>
          <p className="hidden text-sm text-slate-300 sm:block">
            {t('app.tagline')}
            {updated && (
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
