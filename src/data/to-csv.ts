/**
 * A dataset → its spreadsheet tables (the inverse of from-csv.ts): what `npm run data:to-csv`
 * writes so an editor can start from an existing dataset. Pure.
 */
import Papa from 'papaparse';
import { CHILD_TABLES, DATASET_TABLE, ENTITY_TABLES, fitsColumn, type Column } from './csv-tables';
import type { Dataset } from './schema';
import { rowKey } from './from-csv';

type Json = Record<string, unknown>;

const getPath = (obj: unknown, dotted: string): unknown =>
  dotted.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Json)[k] : undefined), obj);

/** Every non-list value of an object, with its dotted path. */
const leaves = (obj: unknown, prefix: string): { field: string; value: unknown }[] =>
  Object.entries(obj as Json).flatMap(([k, v]) =>
    Array.isArray(v)
      ? []
      : v && typeof v === 'object'
        ? leaves(v, `${prefix}${k}.`)
        : [{ field: `${prefix}${k}`, value: v }],
  );

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
    leaves(dataset, '').filter((r) => DATASET_TABLE.columns.some((c) => fitsColumn(c.name, r.field))),
  );
  const itemsOf = (file: string) => {
    const t = ENTITY_TABLES.find((e) => e.file === file)!;
    return (getPath(dataset, t.path.join('.')) ?? []) as Json[];
  };
  for (const t of ENTITY_TABLES)
    if (t.path[0] !== 'sides' || dataset.sides) files[t.file] = table(t.columns, itemsOf(t.file));
  for (const child of CHILD_TABLES) {
    const rows = child.parents.flatMap((file) =>
      itemsOf(file).flatMap((item) =>
        ((getPath(item, child.field) ?? []) as Json[]).map((c) => ({
          ...c,
          [child.parentColumn]: item.id ?? rowKey(file, itemsOf(file).indexOf(item) + 2),
        })),
      ),
    );
    files[child.file] = table(child.columns, rows);
  }
  return files;
}
