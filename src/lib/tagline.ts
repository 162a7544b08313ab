/** The line under the app's name: the dataset's own, or its two sides and years ("A and B, 2024–2025"). Pure. */
import type { TFunction } from 'i18next';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { Lang } from '@/view-state/defaults';

export function taglineOf(d: Pick<IndexedDataset, 'tagline' | 'sides' | 'months'>, lang: Lang, t: TFunction) {
  if (d.tagline) return d.tagline[lang];
  const years = [d.months[0], d.months[d.months.length - 1]].map((m) => m?.slice(0, 4));
  return t('app.tagline', {
    sides: t('app.sidesAnd', { a: d.sides[0].name[lang], b: d.sides[1].name[lang] }),
    years: years[0] === years[1] ? years[0] : `${years[0]}–${years[1]}`,
  });
}
