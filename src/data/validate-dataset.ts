/**
 * Validates raw JSON against the dataset contract: the zod shape first, then the rules a
 * schema of one field cannot see (unique ids, references, dates, weights, order).
 * Pure: returns every problem with its JSON path, or the typed dataset.
 */
import type { z } from 'zod';
import { GOLDSTEIN } from './cameo';
import { isThreat } from './threats';
import { Dataset, type Citation } from './schema';

export type Problem = { path: string; message: string };
export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

const zodProblems = (error: z.ZodError): Problem[] =>
  error.issues.map((issue) => ({ path: formatPath(issue.path) || '(root)', message: issue.message }));

export function validateDataset(raw: unknown): ValidationResult {
  const parsed = Dataset.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const problems = checkRules(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, dataset: parsed.data };
}

/** Rules across fields, on a dataset whose shape is already right. */
export function checkRules(d: Dataset): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  const ids = (kind: string, items: ReadonlyArray<{ id: string }>) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) add(`${kind}[${i}].id`, `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
    return seen;
  };
  const sources = ids('sources', d.sources);
  const actors = ids('actors', d.actors);
  const topics = ids('topics', d.topics);
  const events = ids('events', d.events);
  ids('quotes', d.quotes);
  ids('series.tariffs', d.series.tariffs);
  ids('series.deportationFlights', d.series.deportationFlights);
  ids('series.aid', d.series.aid);
  const seedSources = new Set(d.sources.filter((s) => s.seed).map((s) => s.id));

  const ref = (path: string, kind: string, known: Set<string>, id: string | undefined) => {
    if (id !== undefined && !known.has(id)) add(path, `unknown ${kind} "${id}"`);
  };
  const refs = (path: string, kind: string, known: Set<string>, list: readonly string[] | undefined) =>
    list?.forEach((id, i) => ref(`${path}[${i}]`, kind, known, id));
  const citations = (path: string, list: readonly Citation[], needExcerpt = false) => {
    list.forEach((c, i) => {
      ref(`${path}[${i}].source`, 'source', sources, c.source);
      if (seedSources.has(c.source) && !c.excerpt)
        add(`${path}[${i}].excerpt`, `a citation of seed article "${c.source}" needs an excerpt`);
    });
    if (needExcerpt && !list.some((c) => c.excerpt)) add(path, 'a quote needs a citation with an excerpt');
  };
  const notAfterUpdated = (path: string, date: string) => {
    if (date > d.updated) add(path, `date ${date} is after the dataset's "updated" date ${d.updated}`);
  };

  d.sources.forEach((s, i) => {
    notAfterUpdated(`sources[${i}].published`, s.published);
    if (s.origin === 'copy' && (!s.copyOf || !s.copyKind))
      add(`sources[${i}]`, 'a copy names its original (copyOf) and how it copies (copyKind)');
    if (s.origin !== 'copy' && (s.copyOf || s.copyKind))
      add(`sources[${i}].copyOf`, 'only a copy has copyOf and copyKind');
    if (!s.url && !s.noLinkReason) add(`sources[${i}].noLinkReason`, 'a source without a link says why');
  });
  const allItemIds = new Set([
    ...events,
    ...d.quotes.map((q) => q.id),
    ...d.series.tariffs.map((t) => t.id),
    ...d.series.deportationFlights.map((f) => f.id),
    ...d.series.aid.map((a) => a.id),
  ]);
  d.corrections.forEach((c, i) => {
    refs(`corrections[${i}].items`, 'item', allItemIds, c.items);
    citations(`corrections[${i}].citations`, c.citations);
    // A correction's date is when it was made: it may be after `updated` (how far the data reaches).
  });

  const eventDate = new Map(d.events.map((e) => [e.id, e.date]));
  const outcome = (path: string, e: Dataset['events'][number]) => {
    const o = e.outcome;
    if (!o) {
      if (isThreat(e))
        add(
          `${path}.outcome`,
          `a threat (CAMEO ${e.cameo}) needs an outcome: what became of it, or "unknown" with a note saying why`,
        );
      return;
    }
    const p = `${path}.outcome`;
    const open = o.status === 'pending' || o.status === 'unknown';
    if (o.event !== undefined) {
      ref(`${p}.event`, 'event', events, o.event);
      if (o.event === e.id) add(`${p}.event`, 'a threat cannot be its own outcome');
      const at = eventDate.get(o.event);
      if (at !== undefined && at < e.date)
        add(`${p}.event`, `the outcome event (${at}) is dated before the threat (${e.date})`);
    }
    if (o.date !== undefined) {
      notAfterUpdated(`${p}.date`, o.date);
      if (o.date < e.date) add(`${p}.date`, `the outcome (${o.date}) is dated before the threat (${e.date})`);
    } else if (!open) add(`${p}.date`, `an outcome "${o.status}" needs its date`);
    if (o.citations) citations(`${p}.citations`, o.citations);
    else if (!open) add(`${p}.citations`, `an outcome "${o.status}" needs a cited source`);
    if (open && !o.note) add(`${p}.note`, `an outcome "${o.status}" needs a note saying why`);
  };

  d.events.forEach((e, i) => {
    const p = `events[${i}]`;
    refs(`${p}.actors`, 'actor', actors, e.actors);
    refs(`${p}.targets`, 'actor', actors, e.targets);
    refs(`${p}.topics`, 'topic', topics, e.topics);
    citations(`${p}.citations`, e.citations);
    notAfterUpdated(`${p}.date`, e.date);
    if (e.endDate !== undefined) {
      notAfterUpdated(`${p}.endDate`, e.endDate);
      if (e.endDate < e.date) add(`${p}.endDate`, `ends (${e.endDate}) before it starts (${e.date})`);
    }
    const weight = GOLDSTEIN[e.cameo];
    if (weight === undefined) add(`${p}.cameo`, `unknown CAMEO code "${e.cameo}"`);
    else if (weight !== e.goldstein)
      add(`${p}.goldstein`, `CAMEO ${e.cameo} weighs ${weight}, not ${e.goldstein}`);
    outcome(p, e);
    const prev = d.events[i - 1];
    if (prev && prev.date > e.date) add(`${p}.date`, `events out of order: ${e.date} follows ${prev.date}`);
  });

  d.quotes.forEach((q, i) => {
    const p = `quotes[${i}]`;
    ref(`${p}.speaker`, 'actor', actors, q.speaker);
    ref(`${p}.event`, 'event', events, q.event);
    refs(`${p}.topics`, 'topic', topics, q.topics);
    citations(`${p}.citations`, q.citations, true);
    q.reportedWordings?.forEach((w, j) =>
      ref(`${p}.reportedWordings[${j}].source`, 'source', sources, w.source),
    );
    notAfterUpdated(`${p}.date`, q.date);
    ref(`${p}.spanish.source`, 'source', sources, q.spanish?.source);
    const hasSpanish = q.language === 'es' || (q.translatedFrom === 'es' && !!q.original) || !!q.spanish;
    if (!hasSpanish) add(`${p}.spanish`, 'every quote is readable in Spanish (original or translation)');
    if (q.spanish && (q.language === 'es' || (q.translatedFrom === 'es' && q.original)))
      add(`${p}.spanish`, 'the Spanish words are already there: no translation needed');
    if (q.translatedFrom !== undefined && q.translatedFrom === q.language)
      add(`${p}.translatedFrom`, 'a quote cannot be translated from the language it is in');
  });

  d.series.tariffs.forEach((t, i) => {
    const p = `series.tariffs[${i}]`;
    ref(`${p}.event`, 'event', events, t.event);
    citations(`${p}.citations`, t.citations);
    notAfterUpdated(`${p}.date`, t.date);
  });
  d.series.deportationFlights.forEach((f, i) => {
    const p = `series.deportationFlights[${i}]`;
    citations(`${p}.citations`, f.citations);
    if (f.derived && !f.note) add(`${p}.note`, 'a derived figure needs a note giving its arithmetic');
  });
  d.series.aid.forEach((a, i) => {
    const p = `series.aid[${i}]`;
    citations(`${p}.citations`, a.citations);
    if (a.derived && !a.note) add(`${p}.note`, 'a derived figure needs a note giving its arithmetic');
    if (a.amountHigh !== undefined && a.amountHigh < a.amountUsdMillions)
      add(`${p}.amountHigh`, 'the upper end of a range is below its lower end');
  });

  return problems;
}
