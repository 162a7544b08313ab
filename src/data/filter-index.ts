/**
 * Inverted indexes for filtering, built once per list of items: the positions of the items of each
 * actor, topic and month, and each item's search text already folded (lower case, no accents).
 * Filtering then costs set intersections over small lists plus substring tests, instead of
 * re-reading (and re-folding) every item on every click and keystroke.
 */
import { fold } from '@/lib/text-search';

/** What an item is filed under, and the texts that the search box looks in. */
export type IndexKeys = {
  actors: readonly string[];
  topics: readonly string[];
  /** Every month (YYYY-MM) the item falls in. */
  months: readonly string[];
  texts: ReadonlyArray<string | undefined>;
};

export type ItemIndex = {
  size: number;
  byActor: ReadonlyMap<string, readonly number[]>;
  byTopic: ReadonlyMap<string, readonly number[]>;
  byMonth: ReadonlyMap<string, readonly number[]>;
  /** Folded search text of each item, by position. */
  text: readonly string[];
};

export type IndexQuery = {
  actor: readonly string[];
  topic: readonly string[];
  month: { from: string; to: string } | null;
  /** Folded search terms (searchTerms()); every one must occur. */
  terms: readonly string[];
};

function file(map: Map<string, number[]>, key: string, position: number) {
  const list = map.get(key);
  if (!list) map.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}

export function buildIndex<T>(items: readonly T[], keysOf: (item: T) => IndexKeys): ItemIndex {
  const byActor = new Map<string, number[]>();
  const byTopic = new Map<string, number[]>();
  const byMonth = new Map<string, number[]>();
  const text = items.map((item, i) => {
    const k = keysOf(item);
    for (const a of k.actors) file(byActor, a, i);
    for (const t of k.topics) file(byTopic, t, i);
    for (const m of k.months) file(byMonth, m, i);
    return fold(k.texts.filter(Boolean).join('\n'));
  });
  return { size: items.length, byActor, byTopic, byMonth, text };
}

/**
 * Positions of the items that match every active filter (any of the chosen actors, any month of the
 * range, any of the chosen topics, all the words), in the items' own order.
 */
export function matchPositions(ix: ItemIndex, query: IndexQuery): number[] {
  const dimensions: (readonly number[])[][] = [];
  const postings = (map: ReadonlyMap<string, readonly number[]>, keys: readonly string[]) =>
    keys.map((k) => map.get(k) ?? []);
  if (query.actor.length) dimensions.push(postings(ix.byActor, query.actor));
  if (query.topic.length) dimensions.push(postings(ix.byTopic, query.topic));
  if (query.month) {
    const { from, to } = query.month;
    dimensions.push([...ix.byMonth].filter(([m]) => m >= from && m <= to).map(([, list]) => list));
  }
  // hits[p] counts the dimensions that position p has passed so far, each at most once.
  const hits = new Uint8Array(ix.size);
  dimensions.forEach((lists, d) => {
    for (const list of lists) for (const p of list) if (hits[p] === d) hits[p] = d + 1;
  });
  const out: number[] = [];
  const all = dimensions.length;
  for (let p = 0; p < ix.size; p++) {
    if (hits[p] !== all) continue;
    const text = ix.text[p]!;
    if (query.terms.every((t) => text.includes(t))) out.push(p);
  }
  return out;
}
