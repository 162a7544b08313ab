/**
 * Writes a synthetic dataset for scale tests: N events and M quotes in all (the real ones plus
 * synthetic ones), valid against the schema, built on a real dataset (default data/dataset.json).
 * Usage: npx tsx scripts/make-synthetic.ts --events 10000 --quotes 5000 [--base FILE] [--out FILE]
 * Another feud: --base tests/fixtures/other-feud.json makes a dataset of two fictional countries.
 * The text is obviously synthetic ("Synthetic event 123"); it never ships with the app.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { GOLDSTEIN } from '../src/data/cameo';
import { isThreat } from '../src/data/threats';
import { validateDataset } from '../src/data/validate-dataset';
import type { Dataset, Event, Quote } from '../src/data/schema';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const nEvents = Number(arg('events', '1000'));
const nQuotes = Number(arg('quotes', String(Math.round(nEvents / 2))));
const base = JSON.parse(readFileSync(arg('base', 'data/dataset.json'), 'utf8')) as Dataset;
const out = arg('out', `.tmp/synthetic-${nEvents}.json`);

// Deterministic, so runs are comparable.
let seed = 7;
const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

// From the base's first event (so any feud's dataset can be the base, e.g. tests/fixtures/other-feud.json).
const start = Date.parse(`${base.events[0]?.date ?? '2025-01-01'}T00:00:00Z`);
const end = Date.parse(`${base.updated}T00:00:00Z`);
const day = (i: number, n: number) =>
  new Date(start + Math.floor(((end - start) * i) / n)).toISOString().slice(0, 10);
// Threats (CAMEO 13x) must carry an outcome: synthetic events are never threats.
const codes = Object.keys(GOLDSTEIN).filter((cameo) => !isThreat({ cameo }));
const citation = () => {
  const real = pick(base.events).citations[0]!;
  return { ...real };
};
const words = [
  'tariff',
  'visa',
  'flight',
  'sanction',
  'boat',
  'cocaine',
  'embassy',
  'aid',
  'meeting',
  'call',
];

const extraEvents = Math.max(1, nEvents - base.events.length);
const extraQuotes = Math.max(0, nQuotes - base.quotes.length);
const events: Event[] = Array.from({ length: extraEvents }, (_, i) => {
  const cameo = pick(codes);
  const w = pick(words);
  return {
    id: `synthetic-event-${i}`,
    date: day(i, extraEvents),
    datePrecision: rand() < 0.9 ? 'day' : rand() < 0.5 ? 'month' : 'approx',
    title: { en: `Synthetic event ${i} about a ${w}`, es: `Hecho sintético ${i} sobre ${w}` },
    summary: { en: `Synthetic summary ${i}.`, es: `Resumen sintético ${i}.` },
    actors: [pick(base.actors).id],
    targets: [pick(base.actors).id],
    topics: [pick(base.topics).id],
    cameo,
    goldstein: GOLDSTEIN[cameo]!,
    citations: [citation()],
  };
});
const quotes: Quote[] = Array.from({ length: extraQuotes }, (_, i) => {
  const e = events[Math.floor((i * extraEvents) / Math.max(1, extraQuotes))]!;
  return {
    id: `synthetic-quote-${i}`,
    date: e.date,
    datePrecision: 'day',
    speaker: pick(base.actors).id,
    text: `Synthetic quote ${i} on the ${pick(words)} and the ${pick(words)}.`,
    language: 'en',
    spanish: { text: `Cita sintética ${i}.` },
    event: e.id,
    topics: e.topics,
    context: { en: `Synthetic context ${i}.`, es: `Contexto sintético ${i}.` },
    citations: [
      { source: base.sources.find((s) => s.seed)?.id ?? base.sources[0]!.id, excerpt: 'synthetic excerpt' },
    ],
  };
});

// The real items stay (the series refer to them); the synthetic ones fill the count.
const byDate = <T extends { date: string }>(xs: T[]) => xs.sort((a, b) => a.date.localeCompare(b.date));
const synthetic: Dataset = {
  ...base,
  events: byDate([...base.events, ...events]),
  quotes: byDate([...base.quotes, ...quotes]),
};
const result = validateDataset(synthetic);
if (!result.ok) {
  console.error(result.problems.slice(0, 10));
  process.exit(1);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(synthetic));
console.log(`${out}: ${synthetic.events.length} events, ${synthetic.quotes.length} quotes (valid)`);
