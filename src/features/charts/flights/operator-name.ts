/** A flight operator's name in the reader's language, or as the dataset writes it when the catalogs have none. */
import type { TFunction } from 'i18next';

export const operatorName = (t: TFunction<'charts'>, operator: string) =>
  t(`operators.${operator}`, { defaultValue: operator });
