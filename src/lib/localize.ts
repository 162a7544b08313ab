/** Picks the reader's language from a dataset text given in both. */
import type { Localized } from '@/data/schema';
import type { Lang } from '@/view-state/defaults';

export const pick = (text: Localized, lang: Lang): string => text[lang];
