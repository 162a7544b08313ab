/**
 * i18next with every catalog bundled (they are small): no flash of untranslated text.
 * `en.json` / `es.json` hold the common texts (namespace "translation"); a panel may keep its
 * own namespace in `NAME.en.json` / `NAME.es.json` (used as useTranslation('NAME')).
 */
import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '@/i18n/lang';

const catalogs = import.meta.glob<Record<string, unknown>>('./*.json', { eager: true, import: 'default' });

export function buildResources(files: Record<string, Record<string, unknown>> = catalogs): Resource {
  const resources: Resource = {};
  for (const [path, texts] of Object.entries(files)) {
    const m = /\/(?:([\w-]+)\.)?(en|es)\.json$/.exec(path);
    if (!m) continue;
    const [, ns = 'translation', lang] = m as unknown as [string, string | undefined, string];
    resources[lang] = { ...resources[lang], [ns]: texts };
  }
  return resources;
}

export function createI18n(lng: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: buildResources(),
    lng,
    fallbackLng: 'en',
    initAsync: false,
    // React escapes what it renders; i18next must not escape a second time.
    interpolation: { escapeValue: false },
  });
  return instance;
}
