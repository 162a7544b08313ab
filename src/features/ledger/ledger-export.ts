/** The ledger's rows for downloads: flat for CSV (sources and excerpts included), nested for JSON. Pure. */
import type { Citation, Source } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { Lang } from '@/view-state/defaults';
import { actorNames } from '@/lib/actor-names';
import { citationColumns } from '@/lib/citation-columns';
import type { LedgerRow } from './to-ledger-rows';

type Lookups = Pick<IndexedDataset, 'actorById' | 'topicById' | 'sourceById'>;

const topicLabels = (ids: readonly string[], d: Lookups, lang: Lang) =>
  ids.map((t) => d.topicById.get(t)?.label[lang] ?? t).join(', ');

export function ledgerCsvRows(rows: readonly LedgerRow[], d: Lookups, lang: Lang) {
  return rows.map((r) => {
    const threat = citationColumns(r.threat.citations, d, lang);
    const outcome = citationColumns(r.outcome?.citations ?? [], d, lang);
    return {
      threat_id: r.threat.id,
      threat_date: r.threat.date,
      date_precision: r.threat.datePrecision,
      side: r.side,
      threatened_by: actorNames(r.threat.actors, d),
      threatened: actorNames(r.threat.targets ?? [], d),
      topics: topicLabels(r.threat.topics, d, lang),
      threat: r.threat.title[lang],
      outcome: r.status,
      outcome_date: r.outcome?.date ?? '',
      days_between: r.days ?? '',
      outcome_event_id: r.outcomeEvent?.id ?? '',
      outcome_event: r.outcomeEvent?.title[lang] ?? '',
      outcome_note: r.outcome?.note?.[lang] ?? '',
      threat_sources: threat.sources,
      threat_excerpts: threat.excerpts,
      outcome_sources: outcome.sources,
      outcome_excerpts: outcome.excerpts,
    };
  });
}

const cited = (citations: readonly Citation[], d: Lookups) =>
  citations.map((c) => {
    const s: Source | undefined = d.sourceById.get(c.source);
    return {
      source: c.source,
      publisher: s?.publisher,
      title: s?.title,
      published: s?.published,
      url: s?.url,
      ...(c.excerpt && { excerpt: c.excerpt }),
    };
  });

/** The rows with their sources resolved, for a JSON file that stands on its own. */
export function ledgerJson(rows: readonly LedgerRow[], d: Lookups & { updated: string }, lang: Lang) {
  return {
    updated: d.updated,
    threats: rows.map((r) => ({
      id: r.threat.id,
      date: r.threat.date,
      datePrecision: r.threat.datePrecision,
      side: r.side,
      actors: r.threat.actors,
      targets: r.threat.targets ?? [],
      topics: r.threat.topics,
      cameo: r.threat.cameo,
      title: r.threat.title[lang],
      citations: cited(r.threat.citations, d),
      outcome: {
        status: r.status,
        ...(r.outcome?.date && { date: r.outcome.date }),
        daysBetween: r.days,
        ...(r.outcomeEvent && { event: r.outcomeEvent.id, eventTitle: r.outcomeEvent.title[lang] }),
        ...(r.outcome?.note && { note: r.outcome.note[lang] }),
        citations: cited(r.outcome?.citations ?? [], d),
      },
    })),
  };
}
