/**
 * npm run data:from-csv DIR [OUT]: turns the spreadsheet tables in DIR (see data/templates/ and
 * docs/your-own-feud.md) into a dataset, checks it with the same schema and rules as
 * `npm run data:check`, and writes it to OUT (default DIR/dataset.json) when it is clean.
 * Problems are printed by file, row and column. Exit 0 when written, 1 on problems, 2 on bad use.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetFromCsv, formatCsvProblem } from '../src/data/from-csv';

const [dir, out = dir && join(dir, 'dataset.json')] = process.argv.slice(2);
if (!dir) {
  console.error('usage: npm run data:from-csv DIR [OUT]');
  process.exit(2);
}
let files: Record<string, string>;
try {
  files = Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.toLowerCase().endsWith('.csv'))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
} catch (error) {
  console.error(`${dir}: ${(error as Error).message}`);
  process.exit(2);
}
const result = datasetFromCsv(files);
if (!result.ok) {
  for (const p of result.problems) console.log(formatCsvProblem(p));
  const n = result.problems.length;
  console.log(`${dir}: ${n} problem${n === 1 ? '' : 's'}; nothing written`);
  process.exit(1);
}
writeFileSync(out!, `${JSON.stringify(result.dataset, null, 2)}\n`);
const d = result.dataset;
console.log(
  `${out}: written: ${d.events.length} events, ${d.quotes.length} quotes, ${d.sources.length} sources, ` +
    `${d.actors.length} actors, ${d.topics.length} topics`,
);
