/**
 * The dataset's JSON Schema, generated from the zod schema (src/data/schema.ts) with z.toJSONSchema,
 * so editors validate data/dataset.json as it is typed (.vscode/settings.json points them at it).
 * `npx tsx scripts/json-schema.ts` rewrites data/dataset.schema.json; a unit test fails when the
 * file and the zod schema drift apart. Checks zod cannot put in a JSON Schema (real calendar dates,
 * references between ids) stay in `npm run data:check`.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { Dataset } from '../src/data/schema';

export const SCHEMA_FILE = 'data/dataset.schema.json';

export function datasetJsonSchema(): string {
  const schema = z.toJSONSchema(Dataset, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });
  return `${JSON.stringify(
    {
      ...schema,
      $id: 'https://rift-tracker.invalid/dataset.schema.json',
      title: 'Rift Tracker dataset',
      description:
        'Generated from src/data/schema.ts by scripts/json-schema.ts: do not edit by hand. npm run data:check adds the checks a JSON Schema cannot express (real dates, references between ids).',
    },
    null,
    2,
  )}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(SCHEMA_FILE, datasetJsonSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
