/**
 * npm run data:check [FILE]: validates a dataset file (default data/dataset.json) against the
 * contract and prints every problem with its JSON path. Exit 0 when clean, 1 when not, 2 when
 * the file cannot be read or is not JSON.
 */
import { readFileSync } from 'node:fs';
import { validateDataset } from '../src/data/validate-dataset';

const file = process.argv[2] ?? 'data/dataset.json';
let raw: unknown;
try {
  raw = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`${file}: ${(error as Error).message}`);
  process.exit(2);
}
const result = validateDataset(raw);
if (result.ok) {
  const d = result.dataset;
  const points = d.series.tariffs.length + d.series.deportationFlights.length + d.series.aid.length;
  console.log(
    `${file}: ok: ${d.events.length} events, ${d.quotes.length} quotes, ${points} series points, ` +
      `${d.sources.length} sources, ${d.actors.length} actors, ${d.topics.length} topics`,
  );
} else {
  for (const p of result.problems) console.log(`${p.path}: ${p.message}`);
  console.log(`${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
