import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema, SCHEMA_FILE } from '../../../scripts/json-schema';

describe('the dataset JSON Schema for editors', () => {
  it('is what the zod schema generates today (run npx tsx scripts/json-schema.ts after changing it)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(datasetJsonSchema());
  });

  it('names every top-level part of the dataset and forbids unknown ones', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as {
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8')) as Record<string, unknown>;
    expect(Object.keys(dataset).filter((k) => !(k in schema.properties))).toEqual([]);
    expect(schema.additionalProperties).toBe(false);
  });
});
