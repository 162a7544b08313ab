/**
 * Spreadsheet tables (data/templates/*.csv) → a dataset. Pure: takes the text of each file by
 * name, returns the dataset or every problem named by file, row and column. Row numbers are the
 * spreadsheet's (the header is row 1). The dataset then goes through the same schema and rules
 * as any other (validate-dataset.ts), and their problems are traced back to the cell they came from.
 */
import Papa from 'papaparse';
import {
  CHILD_TABLES,
  DATASET_TABLE,
  ENTITY_TABLES,
  columnLetter,
  fitsColumn,
  type CellKind,
  type Column,
} from './csv-tables';
import type { Dataset } from './schema';
import { validateDataset } from './validate-dataset';

export type CsvProblem = {
  file: string;
  /** Spreadsheet row (header = 1); absent for a problem with the whole file. */
  row?: number;
  /** Column header, with its letter: `title.en (C)`. */
  column?: string;
  message: string;
};
export type CsvResult = { ok: true; dataset: Dataset } | { ok: false; problems: CsvProblem[] };

type Origin = { file: string; row: number; columns: readonly string[] };
type Json = Record<string, unknown>;

export function formatCsvProblem(p: CsvProblem): string {
  const where = [p.file, p.row !== undefined && `row ${p.row}`, p.column && `column ${p.column}`]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${p.message}`;
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'x']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/** One cell's value, or a message saying why it cannot be read. Empty cells are absent. */
export function readCell(kind: CellKind, cell: string): { value?: unknown; error?: string } {
  const text = cell.trim();
  if (text === '') return {};
  switch (kind) {
    case 'number': {
      const n = Number(text);
      return Number.isFinite(n) ? { value: n } : { error: `"${text}" is not a number` };
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      if (TRUE.has(lower)) return { value: true };
      if (FALSE.has(lower)) return { value: false };
      return { error: `"${text}" is not yes or no (true/false)` };
    }
    case 'list':
      return {
        value: text
          .split(/[;,]/)
          .map((s) => s.trim())
          .filter(Boolean),
      };
    default:
      return { value: text };
  }
}

const setPath = (target: Json, dotted: string, value: unknown) => {
  const keys = dotted.split('.');
  let obj = target;
  for (const key of keys.slice(0, -1)) obj = (obj[key] ??= {}) as Json;
  obj[keys[keys.length - 1]!] = value;
};

type Parsed = { rows: Record<string, string>[]; headers: string[] };

function parseTable(file: string, text: string, columns: readonly Column[], problems: CsvProblem[]): Parsed {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
  });
  const headers = result.meta.fields ?? [];
  for (const e of result.errors)
    problems.push({ file, ...(e.row !== undefined && { row: e.row + 2 }), message: e.message });
  const known = new Set(columns.map((c) => c.name));
  headers.forEach((h, i) => {
    if (h !== '' && !known.has(h))
      problems.push({
        file,
        row: 1,
        column: `${h} (${columnLetter(i)})`,
        message: `unknown column; the columns are: ${columns.map((c) => c.name).join(', ')}`,
      });
  });
  return { rows: result.data, headers };
}

/** Reads one row into an object, reporting cells that cannot be read. */
function readRow(
  file: string,
  rowNumber: number,
  row: Record<string, string>,
  columns: readonly Column[],
  headers: readonly string[],
  problems: CsvProblem[],
): Json {
  const obj: Json = {};
  for (const col of columns) {
    const cell = row[col.name];
    if (cell === undefined) continue;
    const { value, error } = readCell(col.kind, cell);
    if (error)
      problems.push({
        file,
        row: rowNumber,
        column: label(col.name, headers),
        message: error,
      });
    else if (value !== undefined) setPath(obj, col.name, value);
  }
  return obj;
}

const pathKey = (path: readonly string[]) => path.join('.');
/** How a child table names a row that has no id: `corrections-2`. */
export const rowKey = (file: string, row: number) => `${file.replace(/\.csv$/, '')}-${row}`;
/** A column's header with its spreadsheet letter, where the file has that column. */
const label = (name: string, headers: readonly string[] | undefined, fallback?: string) => {
  const i = headers?.indexOf(name) ?? -1;
  const letter = i >= 0 ? columnLetter(i) : fallback;
  return letter ? `${name} (${letter})` : name;
};

export function datasetFromCsv(files: Readonly<Record<string, string>>): CsvResult {
  const problems: CsvProblem[] = [];
  const origins = new Map<string, Origin>();
  const headersOf = new Map<string, string[]>();
  const known = new Set([
    DATASET_TABLE.file,
    ...ENTITY_TABLES.map((t) => t.file),
    ...CHILD_TABLES.map((t) => t.file),
  ]);
  for (const name of Object.keys(files))
    if (!known.has(name))
      problems.push({
        file: name,
        message: `not a table of the dataset; the tables are: ${[...known].join(', ')}`,
      });

  // The dataset's own fields: rows of field,value.
  const raw: Json = { series: {} };
  const metaText = files[DATASET_TABLE.file];
  if (metaText === undefined) problems.push({ file: DATASET_TABLE.file, message: 'missing file' });
  else {
    const metaColumns: Column[] = [
      { name: 'field', kind: 'text' },
      { name: 'value', kind: 'text' },
    ];
    const { rows } = parseTable(DATASET_TABLE.file, metaText, metaColumns, problems);
    rows.forEach((r, i) => {
      const field = (r.field ?? '').trim();
      const col = DATASET_TABLE.columns.find((c) => fitsColumn(c.name, field));
      const row = i + 2;
      if (!col) {
        problems.push({
          file: DATASET_TABLE.file,
          row,
          column: 'field (A)',
          message: `unknown field "${field}"; the fields are: ${DATASET_TABLE.columns.map((c) => c.name).join(', ')}`,
        });
        return;
      }
      const { value, error } = readCell(col.kind, r.value ?? '');
      if (error) problems.push({ file: DATASET_TABLE.file, row, column: 'value (B)', message: error });
      else if (value !== undefined) setPath(raw, field, value);
      origins.set(field, { file: DATASET_TABLE.file, row, columns: ['value'] });
    });
    raw.schemaVersion ??= 1;
  }

  // Entities: one row each.
  const items = new Map<string, { table: string; obj: Json; path: string }[]>();
  for (const table of ENTITY_TABLES) {
    const list: Json[] = [];
    const text = files[table.file];
    // A list the dataset may leave out (the sides) is left out when its table is missing.
    if (text !== undefined || table.path[0] !== 'sides') setPath(raw, pathKey(table.path), list);
    if (text === undefined) {
      if (table.required) problems.push({ file: table.file, message: 'missing file' });
      continue;
    }
    const { rows, headers } = parseTable(table.file, text, table.columns, problems);
    headersOf.set(table.file, headers);
    const names = table.columns.map((c) => c.name);
    rows.forEach((r, i) => {
      const obj = readRow(table.file, i + 2, r, table.columns, headers, problems);
      const path = `${pathKey(table.path)}[${list.length}]`;
      origins.set(path, { file: table.file, row: i + 2, columns: names });
      list.push(obj);
      const key = typeof obj.id === 'string' ? obj.id : rowKey(table.file, i + 2);
      items.set(key, [...(items.get(key) ?? []), { table: table.file, obj, path }]);
    });
  }

  // Children: citations and reported wordings, attached to their item in the order given.
  for (const child of CHILD_TABLES) {
    const text = files[child.file];
    if (text === undefined) continue;
    const { rows, headers } = parseTable(child.file, text, child.columns, problems);
    headersOf.set(child.file, headers);
    const fields = child.columns.filter((c) => c.name !== child.parentColumn);
    rows.forEach((r, i) => {
      const row = i + 2;
      const id = (r[child.parentColumn] ?? '').trim();
      const column = label(child.parentColumn, headers);
      const matches = (items.get(id) ?? []).filter((m) => child.parents.includes(m.table));
      if (matches.length !== 1) {
        problems.push({
          file: child.file,
          row,
          column,
          message:
            matches.length === 0
              ? `no item with id "${id}" in ${child.parents.join(', ')}`
              : `the id "${id}" is in several tables (${matches.map((m) => m.table).join(', ')}); make ids unique`,
        });
        return;
      }
      const parent = matches[0]!;
      const keys = child.field.split('.');
      let holder = parent.obj;
      for (const key of keys.slice(0, -1)) holder = (holder[key] ??= {}) as Json;
      const list = (holder[keys[keys.length - 1]!] ??= []) as Json[];
      origins.set(`${parent.path}.${child.field}[${list.length}]`, {
        file: child.file,
        row,
        columns: fields.map((c) => c.name),
      });
      list.push(readRow(child.file, row, r, fields, headers, problems));
    });
  }

  // An item with no rows in citations.csv has an empty list, so the rules say what is missing.
  const citable = CHILD_TABLES.find((c) => c.field === 'citations')!;
  for (const [, matches] of items)
    for (const m of matches) if (citable.parents.includes(m.table)) m.obj.citations ??= [];

  if (problems.length) return { ok: false, problems };
  const result = validateDataset(raw);
  if (result.ok) return result;
  return {
    ok: false,
    problems: result.problems.map((p) => locate(p.path, p.message, origins, headersOf)),
  };
}

/** Traces a dataset path (`events[3].title.es`) back to the file, row and column it came from. */
function locate(
  path: string,
  message: string,
  origins: ReadonlyMap<string, Origin>,
  headersOf: ReadonlyMap<string, string[]>,
): CsvProblem {
  let best: string | undefined;
  for (const key of origins.keys())
    if (
      (path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`)) &&
      key.length > (best?.length ?? -1)
    )
      best = key;
  if (best === undefined) {
    const table = ENTITY_TABLES.find((t) => path.startsWith(pathKey(t.path)));
    return { file: table?.file ?? DATASET_TABLE.file, message: `${path}: ${message}` };
  }
  const origin = origins.get(best)!;
  const rest = path.slice(best.length).replace(/^\./, '');
  const name = origin.columns
    .filter((c) => rest === c || rest.startsWith(`${c}.`) || rest.startsWith(`${c}[`))
    .sort((a, b) => b.length - a.length)[0];
  if (name === undefined) {
    const child = CHILD_TABLES.find((c) => rest === c.field);
    const hint = child ? ` (add a row for it to ${child.file})` : '';
    return { file: origin.file, row: origin.row, message: `${message}${hint}` };
  }
  const item = rest.slice(name.length).match(/^\[(\d+)\]/);
  return {
    file: origin.file,
    row: origin.row,
    column: label(name, headersOf.get(origin.file), origin.file === DATASET_TABLE.file ? 'B' : undefined),
    message: item ? `item ${Number(item[1]) + 1}: ${message}` : message,
  };
}
