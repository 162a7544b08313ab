import type { IndexedDataset } from '@/data/indexed-dataset';

/** "Gustavo Petro, Donald Trump" from actor ids. */
export const actorNames = (ids: readonly string[], d: Pick<IndexedDataset, 'actorById'>): string =>
  ids.map((id) => d.actorById.get(id)?.name ?? id).join(', ');
