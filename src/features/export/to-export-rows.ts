/**
 * Pure transforms for downloads: the filtered events and quotes as flat rows (one per item,
 * citations included) for CSV, and as a dataset of the same shape as data/dataset.json for JSON.
 */
import type { Dataset, Event, Quote } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { Lang } from '@/i18n/lang';
import { actorName, actorNames } from '@/lib/actor-names';
import { citationColumns } from '@/lib/citation-columns';

export function eventRows(events: readonly Event[], d: IndexedDataset, lang: Lang) {
  return events.map((e) => ({
    id: e.id,
    date: e.date,
    date_precision: e.datePrecision,
    end_date: e.endDate ?? '',
    title: e.title[lang],
    summary: e.summary[lang],
    actors: actorNames(e.actors, d, lang),
    targets: actorNames(e.targets ?? [], d, lang),
    topics: e.topics.map((t) => d.topicById.get(t)?.label[lang] ?? t).join(', '),
    cameo: e.cameo,
    goldstein: e.goldstein,
    confidence: e.confidence ?? '',
    note: e.note?.[lang] ?? '',
    context: e.context ? (lang === 'es' ? 'sí' : 'yes') : '',
    ...citationColumns(e.citations, d, lang),
  }));
}

export function quoteRows(quotes: readonly Quote[], d: IndexedDataset, lang: Lang) {
  return quotes.map((q) => {
    const speaker = d.actorById.get(q.speaker);
    return {
      id: q.id,
      date: q.date,
      date_precision: q.datePrecision,
      speaker: speaker ? actorName(speaker, lang) : q.speaker,
      role: speaker?.role[lang] ?? '',
      text: q.text,
      language: q.language,
      original: q.original ?? '',
      spanish: q.spanish?.text ?? '',
      context: q.context[lang],
      event: q.event ?? '',
      topics: q.topics.map((t) => d.topicById.get(t)?.label[lang] ?? t).join(', '),
      ...citationColumns(q.citations, d, lang),
    };
  });
}

/**
 * The filtered items in the dataset's own shape (valid against the schema): the sources, actors
 * and topics they use, and the series, whose links to events left out are dropped.
 */
export function toDatasetSubset(
  d: IndexedDataset,
  events: readonly Event[],
  quotes: readonly Quote[],
): Dataset {
  const eventIds = new Set(events.map((e) => e.id));
  const keepEvent = <T extends { event?: string }>(x: T): T => {
    if (!x.event || eventIds.has(x.event)) return x;
    const copy = { ...x };
    delete copy.event;
    return copy;
  };
  const q = quotes.map(keepEvent);
  const tariffs = d.series.tariffs.map(keepEvent);
  const cited = [...events, ...q, ...tariffs, ...d.series.deportationFlights, ...d.series.aid].flatMap(
    (x) => [
      ...x.citations.map((c) => c.source),
      ...('reportedWordings' in x ? (x.reportedWordings ?? []).map((w) => w.source) : []),
    ],
  );
  const actors = new Set([
    ...events.flatMap((e) => [...e.actors, ...(e.targets ?? [])]),
    ...q.map((x) => x.speaker),
  ]);
  const topics = new Set([...events, ...q].flatMap((x) => x.topics));
  const kept = new Set(
    [...events, ...q, ...tariffs, ...d.series.deportationFlights, ...d.series.aid].map((x) => x.id),
  );
  const corrections = d.corrections.filter((c) => c.items.every((id) => kept.has(id)));
  for (const c of corrections) cited.push(...c.citations.map((x) => x.source));
  return {
    schemaVersion: d.schemaVersion,
    updated: d.updated,
    title: d.title,
    sources: d.sources.filter((s) => cited.includes(s.id)),
    actors: d.actors.filter((a) => actors.has(a.id)),
    topics: d.topics.filter((t) => topics.has(t.id)),
    events: [...events],
    quotes: q,
    series: { tariffs, deportationFlights: d.series.deportationFlights, aid: d.series.aid },
    corrections,
    openQuestions: d.openQuestions,
  };
}
