/**
 * The interface language, derived from the one place it lives (the view's `lang`): everything below
 * gets its `t` from an i18next instance fixed to that language, and `<html lang>` says it. Nothing
 * keeps a second copy in step. A language whose catalogs are not here yet (Back to a Spanish view
 * after a reload in English) shows in English until they load, then in that language.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Lang } from './lang';
import { catalogsLoaded, i18nIn, loadCatalogs } from './setup';

export function LanguageProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const { i18n: root } = useTranslation();
  const [, loaded] = useState<Lang | null>(null);
  const shown: Lang = catalogsLoaded(lang) ? lang : 'en';
  useEffect(() => {
    // Not loaded yet: English shows until they are (if they fail, until the language changes again).
    if (shown !== lang)
      loadCatalogs(lang).then(
        () => loaded(lang),
        () => {},
      );
  }, [lang, shown]);
  useEffect(() => {
    document.documentElement.lang = shown;
  }, [shown]);
  return <I18nextProvider i18n={i18nIn(root, shown)}>{children}</I18nextProvider>;
}
