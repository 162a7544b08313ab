/**
 * A dataset → its spreadsheet tables (the inverse of from-csv.ts): what `npm run data:to-csv`
 * writes so an editor can start from an existing dataset. Pure.
 */
import Papa from 'papaparse';
import { CHILD_TABLES, DATASET_TABLE, ENTITY_TABLES, type Column } from './csv-tables';
import type { Dataset } from './schema';

type Json = Record<string, unknown>;

const getPath = (obj: unknown, dotted: string): unknown =>
  dotted.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Json)[k] : undefined), obj);

export function writeCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}

const table = (columns: readonly Column[], rows: readonly unknown[]) =>
  Papa.unparse(
    {
      fields: columns.map((c) => c.name),
      data: rows.map((r) => columns.map((c) => writeCell(getPath(r, c.name)))),
    },
    { newline: '\n' },
  ) + '\n';

export function datasetToCsv(dataset: Dataset): Record<string, string> {
  const files: Record<string, string> = {};
  files[DATASET_TABLE.file] = table(
    [
      { name: 'field', kind: 'text' },
      { name: 'value', kind: 'text' },
    ],
    DATASET_TABLE.columns
      .map((c) => ({ field: c.name, value: getPath(dataset, c.name) }))
      .filter((r) => r.value !== undefined),
  );
  const itemsOf = (file: string) => {
    const t = ENTITY_TABLES.find((e) => e.file === file)!;
    return (getPath(dataset, t.path.join('.')) ?? []) as Json[];
  };
  for (const t of ENTITY_TABLES) files[t.file] = table(t.columns, itemsOf(t.file));
  for (const child of CHILD_TABLES) {
    const rows = child.parents.flatMap((file) =>
      itemsOf(file).flatMap((item) =>
        ((item[child.field] ?? []) as Json[]).map((c) => ({ ...c, [child.parentColumn]: item.id })),
      ),
    );
    files[child.file] = table(child.columns, rows);
  }
  return files;
}
