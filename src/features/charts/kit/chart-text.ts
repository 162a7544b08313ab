/**
 * The series charts' words for this story come from the dataset (`charts` in it): its title and
 * takeaway for each chart; the interface only has a plain fallback title and no takeaway. Pure.
 */
import type { TFunction } from 'i18next';
import type { Dataset } from '@/data/schema';
import type { Sides } from '@/data/sides';
import type { Lang } from '@/view-state/defaults';

export type SeriesChart = 'tariffs' | 'flights' | 'aid';

export const chartTitle = (d: Pick<Dataset, 'charts'>, id: SeriesChart, t: TFunction<'charts'>, lang: Lang) =>
  d.charts?.[id]?.title?.[lang] ?? t(`${id}.title`);

export const chartTakeaway = (d: Pick<Dataset, 'charts'>, id: SeriesChart, lang: Lang) =>
  d.charts?.[id]?.takeaway?.[lang] ?? '';

/** "US on Colombian goods": the dataset's words for a side's tariffs, else "A on goods from B". */
export function tariffSideLabel(
  d: Pick<Dataset, 'charts'>,
  sides: Sides,
  id: string,
  t: TFunction<'charts'>,
  lang: Lang,
) {
  const declared = d.charts?.tariffs?.sideLabels?.[id]?.[lang];
  if (declared) return declared;
  const [self, other] = sides[0].id === id ? sides : [sides[1], sides[0]];
  return t('tariffs.sideOn', { side: self.short[lang], other: other.short[lang] });
}
