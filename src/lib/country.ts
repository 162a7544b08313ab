/** Country names from ISO codes through Intl, in the reader's language. */
import type { Lang } from '@/i18n/lang';

const names = new Map<Lang, Intl.DisplayNames>();

export function countryName(code: string, lang: Lang): string {
  let dn = names.get(lang);
  if (!dn) names.set(lang, (dn = new Intl.DisplayNames([lang], { type: 'region' })));
  return dn.of(code) ?? code;
}
