/**
 * npm run data:to-csv [FILE] [DIR]: writes a dataset (default data/dataset.json) as the
 * spreadsheet tables that `npm run data:from-csv` reads back (default DIR .tmp/csv).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataset } from '../src/data/validate-dataset';
import { datasetToCsv } from '../src/data/to-csv';

const [file = 'data/dataset.json', dir = '.tmp/csv'] = process.argv.slice(2);
const result = validateDataset(JSON.parse(readFileSync(file, 'utf8')));
if (!result.ok) {
  console.error(`${file} does not pass npm run data:check; fix it first`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
const files = datasetToCsv(result.dataset);
for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
console.log(`${dir}: ${Object.keys(files).length} tables written`);
