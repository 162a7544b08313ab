/**
 * i18next and the catalogs. `en.json` / `es.json` hold the common texts (namespace "translation"); a
 * panel may keep its own namespace in `NAME.en.json` / `NAME.es.json` (used as useTranslation('NAME')).
 *
 * English is bundled with the app (it is the prerendered first screen's language and the fallback),
 * except the texts of a panel whose code loads later (about: `loadNamespace`, with its chunk).
 * Spanish loads on demand (`loadCatalogs`), before the first render of a Spanish link and before the
 * language switch changes the view, so no text shows untranslated.
 */
import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '@/i18n/lang';

type Catalogs = Record<string, Record<string, unknown>>;
type Reader = () => Promise<Record<string, unknown>>;

const english: Catalogs = import.meta.glob<Record<string, unknown>>(
  ['./en.json', './*.en.json', '!./about.en.json'],
  { eager: true, import: 'default' },
);
/** The other files: Spanish, and the namespaces that load with their panel's code (loadNamespace). */
const later: Record<string, Reader> = import.meta.glob<Record<string, unknown>>(
  ['./es.json', './*.es.json', './about.en.json'],
  { import: 'default' },
);

/** Every catalog file loaded so far, by path, and the i18next instances that show them. */
const loaded: Catalogs = { ...english };
const roots = new Set<i18n>();
const pending = new Map<string, Promise<void>>();
const loadedLangs = new Set<Lang>(['en']);

export const catalogsLoaded = (lang: Lang): boolean => loadedLangs.has(lang);

/** Loads catalog files (each once) and adds their texts to every instance made by createI18n. */
function loadFiles(paths: string[]): Promise<void> {
  return Promise.all(
    paths.map((path) => {
      let load = pending.get(path);
      if (!load) {
        load = later[path]!().then((texts) => {
          loaded[path] = texts;
          const [lang, ns] = nameOf(path);
          for (const root of roots) root.addResourceBundle(lang, ns, texts, true, true);
        });
        load.catch(() => pending.delete(path));
        pending.set(path, load);
      }
      return load;
    }),
  ).then(() => {});
}

/** Loads a language's texts (each file once); resolves when that language can be shown. */
export async function loadCatalogs(lang: Lang): Promise<void> {
  if (loadedLangs.has(lang)) return;
  await loadFiles(Object.keys(later).filter((path) => nameOf(path)[0] === lang));
  loadedLangs.add(lang);
}

/** A panel's namespace that loads with its code (about): its texts in every language loaded so far. */
export function loadNamespace(ns: string): Promise<void> {
  return loadFiles(
    Object.keys(later).filter((path) => {
      const [lang, name] = nameOf(path);
      return name === ns && loadedLangs.has(lang as Lang);
    }),
  );
}

const FILE = /\/(?:([\w-]+)\.)?(en|es)\.json$/;
/** [language, namespace] of a catalog file's path. */
const nameOf = (path: string): [string, string] => {
  const m = FILE.exec(path);
  return [m?.[2] ?? '', m?.[1] ?? 'translation'];
};

export function buildResources(files: Catalogs = loaded): Resource {
  const resources: Resource = {};
  for (const [path, texts] of Object.entries(files)) {
    const m = FILE.exec(path);
    if (!m) continue;
    const [, ns = 'translation', lang] = m as unknown as [string, string | undefined, string];
    resources[lang] = { ...resources[lang], [ns]: texts };
  }
  return resources;
}

/** An i18next instance in `lng`, with every catalog loaded so far (load Spanish first with loadCatalogs). */
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
  roots.add(instance);
  return instance;
}

const fixed = new WeakMap<i18n, Map<Lang, i18n>>();

/**
 * An instance whose language never changes, sharing `root`'s catalogs: the app shows one per
 * language, chosen by the view, so the view is the one place the language lives (nothing calls
 * changeLanguage to keep a second copy in step).
 */
export function i18nIn(root: i18n, lang: Lang): i18n {
  let byLang = fixed.get(root);
  if (!byLang) fixed.set(root, (byLang = new Map()));
  let instance = byLang.get(lang);
  if (!instance) {
    instance = root.language === lang ? root : root.cloneInstance({ lng: lang });
    byLang.set(lang, instance);
  }
  return instance;
}
