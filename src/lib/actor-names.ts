import type { Actor } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { Lang } from '@/view-state/defaults';

/** An actor's name in the reader's language (institutions have a Spanish name). */
export const actorName = (a: Pick<Actor, 'name' | 'nameEs'>, lang: Lang): string =>
  lang === 'es' && a.nameEs ? a.nameEs : a.name;

/** "Gustavo Petro, Donald Trump" from actor ids. */
export const actorNames = (
  ids: readonly string[],
  d: Pick<IndexedDataset, 'actorById'>,
  lang: Lang = 'en',
): string =>
  ids
    .map((id) => {
      const a = d.actorById.get(id);
      return a ? actorName(a, lang) : id;
    })
    .join(', ');
