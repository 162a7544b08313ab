/**
 * How a dataset is laid out as spreadsheet tables (data/templates/*.csv), derived from the zod
 * schema so the two never drift: one table per list of entities, one column per field, `{en, es}`
 * fields as two columns (`title.en`, `title.es`), lists of ids in one cell separated by `;`.
 * Citations (of items and of threats' outcomes) and reported wordings are rows of their own tables,
 * tied to their item by id.
 */
import type { z } from 'zod';
import { Citation, Dataset, ReportedWording } from './schema';

export type CellKind = 'text' | 'number' | 'boolean' | 'list';
export type Column = { name: string; kind: CellKind };

/** A table of entities: its file, where its rows go in the dataset, and its columns. */
export type EntityTable = {
  file: string;
  /** Path of the list in the dataset, e.g. ['series', 'tariffs']. */
  path: readonly string[];
  columns: Column[];
  required: boolean;
};

/**
 * A table of children (citations, reported wordings) attached to items of other tables by id; a
 * row without an id (a correction) is named by its table and row: `corrections-2`.
 */
export type ChildTable = {
  file: string;
  /** The column naming the item (an event, quote or series point id). */
  parentColumn: string;
  /** The field of the item that holds the list (dotted when nested: `outcome.citations`). */
  field: string;
  /** The tables whose items can have these children. */
  parents: readonly string[];
  columns: Column[];
};

type AnySchema = z.core.$ZodType;
const defOf = (s: AnySchema) => s._zod.def as unknown as Record<string, unknown> & { type: string };
const unwrap = (s: AnySchema): AnySchema => {
  const def = defOf(s);
  return def.type === 'optional' ? unwrap(def.innerType as AnySchema) : s;
};
const shapeOf = (s: AnySchema) => (defOf(unwrap(s)).shape ?? {}) as Record<string, AnySchema>;

function kindOf(s: AnySchema): CellKind {
  const def = defOf(unwrap(s));
  if (def.type === 'number') return 'number';
  if (def.type === 'boolean') return 'boolean';
  if (def.type === 'array') return 'list';
  if (def.type === 'literal') return typeof (def.values as unknown[])[0] === 'number' ? 'number' : 'text';
  return 'text';
}

/**
 * The columns of an object schema, leaving out the fields held by child tables (dotted names, as
 * `outcome.citations`). Nested objects
 * become dotted names (`title.en`); a record's keys are free, written `*` (`sideLabels.*.en`).
 */
export function columnsOf(schema: AnySchema, skip: readonly string[] = [], prefix = ''): Column[] {
  return Object.entries(shapeOf(schema)).flatMap(([key, field]): Column[] => {
    const name = `${prefix}${key}`;
    if (skip.includes(name)) return [];
    const inner = unwrap(field);
    const type = defOf(inner).type;
    if (type === 'object') return columnsOf(inner, skip, `${name}.`);
    if (type === 'record') {
      const value = unwrap(defOf(inner).valueType as AnySchema);
      return defOf(value).type === 'object'
        ? columnsOf(value, [], `${name}.*.`)
        : [{ name: `${name}.*`, kind: kindOf(value) }];
    }
    return [{ name, kind: kindOf(inner) }];
  });
}

/** Whether a dotted field name fits a column (a `*` stands for one id). */
export const fitsColumn = (column: string, field: string) =>
  column === field ||
  (column.includes('*') &&
    new RegExp(`^${column.replace(/\./g, '\\.').replace(/\*/g, '[A-Za-z0-9-]+')}$`).test(field));

const CHILD_FIELDS = ['citations', 'reportedWordings', 'outcome.citations'];
const top = shapeOf(Dataset);
const series = shapeOf(top.series!);
const elementOf = (s: AnySchema) => {
  const def = defOf(unwrap(s));
  return (def.type === 'tuple' ? (def.items as AnySchema[])[0] : def.element) as AnySchema;
};

const entity = (file: string, path: string[], schema: AnySchema, required: boolean): EntityTable => ({
  file,
  path,
  columns: columnsOf(elementOf(schema), CHILD_FIELDS),
  required,
});

/** The entity tables, in the order a dataset lists them. */
export const ENTITY_TABLES: readonly EntityTable[] = [
  entity('sides.csv', ['sides'], top.sides!, false),
  entity('sources.csv', ['sources'], top.sources!, true),
  entity('actors.csv', ['actors'], top.actors!, true),
  entity('topics.csv', ['topics'], top.topics!, true),
  entity('events.csv', ['events'], top.events!, true),
  entity('quotes.csv', ['quotes'], top.quotes!, false),
  entity('series-tariffs.csv', ['series', 'tariffs'], series.tariffs!, false),
  entity(
    'series-deportation-flights.csv',
    ['series', 'deportationFlights'],
    series.deportationFlights!,
    false,
  ),
  entity('series-aid.csv', ['series', 'aid'], series.aid!, false),
  entity('corrections.csv', ['corrections'], top.corrections!, false),
  entity('open-questions.csv', ['openQuestions'], top.openQuestions!, false),
];

export const CHILD_TABLES: readonly ChildTable[] = [
  {
    file: 'citations.csv',
    parentColumn: 'item',
    field: 'citations',
    parents: [
      'events.csv',
      'quotes.csv',
      'series-tariffs.csv',
      'series-deportation-flights.csv',
      'series-aid.csv',
      'corrections.csv',
    ],
    columns: [{ name: 'item', kind: 'text' }, ...columnsOf(Citation)],
  },
  {
    file: 'outcome-citations.csv',
    parentColumn: 'event',
    field: 'outcome.citations',
    parents: ['events.csv'],
    columns: [{ name: 'event', kind: 'text' }, ...columnsOf(Citation)],
  },
  {
    file: 'reported-wordings.csv',
    parentColumn: 'quote',
    field: 'reportedWordings',
    parents: ['quotes.csv'],
    columns: [{ name: 'quote', kind: 'text' }, ...columnsOf(ReportedWording)],
  },
];

/** The dataset's own fields (title, updated…): a two-column table of `field,value` rows. */
export const DATASET_TABLE = {
  file: 'dataset.csv',
  columns: columnsOf(
    Dataset,
    Object.keys(top).filter(
      (k) => ['array', 'tuple'].includes(defOf(unwrap(top[k]!)).type) || k === 'series',
    ),
  ),
};

/** Spreadsheet letter of a column: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
