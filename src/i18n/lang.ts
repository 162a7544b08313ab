/** The two languages of the interface and the data, and the reader's default. */
export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

/** The browser's language if Spanish, else English. */
export function browserLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
  return languages[0]?.toLowerCase().startsWith('es') ? 'es' : 'en';
}
