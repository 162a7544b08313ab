import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { columnLetter } from '@/data/csv-tables';
import { datasetFromCsv, formatCsvProblem, readCell } from '@/data/from-csv';
import { datasetToCsv } from '@/data/to-csv';
import type { Dataset } from '@/data/schema';
import bundled from '../../../data/dataset.json';
import mini from '../../fixtures/mini-dataset.json';
import otherFeud from '../../fixtures/other-feud.json';

type Files = Record<string, string>;
const miniFiles = (): Files => datasetToCsv(mini as unknown as Dataset);

/** Changes one cell (row counted as in a spreadsheet: the header is row 1). */
const setCell = (text: string, row: number, column: string, value: string) => {
  const { data, meta } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  data[row - 2]![column] = value;
  return Papa.unparse({ fields: meta.fields!, data: data.map((r) => meta.fields!.map((f) => r[f] ?? '')) });
};
const edit =
  (file: string, row: number, column: string, value: string) =>
  (files: Files): Files => ({ ...files, [file]: setCell(files[file]!, row, column, value) });
const problemLines = (files: Files) => {
  const result = datasetFromCsv(files);
  return result.ok ? [] : result.problems.map(formatCsvProblem);
};

describe('datasetFromCsv', () => {
  it.each<[string, unknown]>([
    ['the test fixture', mini],
    ['the bundled dataset', bundled],
  ])('reads back %s exactly as it was written', (_, dataset) => {
    const result = datasetFromCsv(datasetToCsv(dataset as Dataset));
    expect(result.ok && result.dataset).toEqual(dataset);
  });

  it('needs no quotes, series or reported-wordings tables', () => {
    const files = datasetToCsv({
      ...(mini as unknown as Dataset),
      quotes: [],
      series: { tariffs: [], deportationFlights: [], aid: [] },
    });
    for (const f of ['quotes.csv', 'series-deportation-flights.csv']) delete files[f];
    for (const f of ['series-tariffs.csv', 'series-aid.csv', 'reported-wordings.csv']) delete files[f];
    const result = datasetFromCsv(files);
    expect(result.ok && result.dataset.series.tariffs).toEqual([]);
  });

  // A broken row each: the line an editor reads, naming file, row and column.
  it.each<[string, (f: Files) => Files, string]>([
    [
      'a weight that is not a number',
      edit('events.csv', 2, 'goldstein', 'minus four'),
      'events.csv, row 2, column goldstein (M): "minus four" is not a number',
    ],
    [
      'a yes/no cell with another word',
      edit('sources.csv', 3, 'seed', 'perhaps'),
      'sources.csv, row 3, column seed (H): "perhaps" is not yes or no (true/false)',
    ],
    [
      'a date that is not in the calendar',
      edit('events.csv', 3, 'date', '2025-02-30'),
      'events.csv, row 3, column date (B): not a real calendar date from 1900 to 2100',
    ],
    [
      'a missing Spanish title',
      edit('events.csv', 4, 'title.es', ''),
      'events.csv, row 4, column title.es (F): Invalid input: expected string, received undefined',
    ],
    [
      'an unknown actor in a list',
      edit('events.csv', 4, 'actors', 'trump; nobody'),
      'events.csv, row 4, column actors (I): item 2: unknown actor "nobody"',
    ],
    [
      'an id with capitals',
      edit('topics.csv', 2, 'id', 'Migration'),
      'topics.csv, row 2, column id (A): ids are lower-case letters, digits and dashes',
    ],
    [
      'a citation of an unknown source',
      edit('citations.csv', 2, 'source', 'nyt'),
      'citations.csv, row 2, column source (B): unknown source "nyt"',
    ],
    [
      'a citation of an item that does not exist',
      edit('citations.csv', 2, 'item', 'no-such-event'),
      'citations.csv, row 2, column item (A): no item with id "no-such-event" in events.csv, quotes.csv, series-tariffs.csv, series-deportation-flights.csv, series-aid.csv, corrections.csv',
    ],
    [
      'an event left without citations',
      (f) => ({
        ...f,
        'citations.csv': f['citations.csv']!.replace(/\n2025-01-26-flights-refused,[^\n]*/, ''),
      }),
      'events.csv, row 2: at least one citation (add a row for it to citations.csv)',
    ],
    [
      'a tariff status outside the list',
      edit('series-tariffs.csv', 2, 'status', 'maybe'),
      'series-tariffs.csv, row 2, column status (E): Invalid option: expected one of "threatened"|"in-force"|"suspended"|"exempted"|"struck-down"',
    ],
    [
      'a column the dataset does not have',
      (f) => ({
        ...f,
        'topics.csv': f['topics.csv']!.replace('id,', 'id,colour,').replace(/\n([a-z-]+),/g, '\n$1,red,'),
      }),
      'topics.csv, row 1, column colour (B): unknown column; the columns are: id, label.en, label.es',
    ],
    [
      'a row with a cell too many',
      (f) => ({ ...f, 'topics.csv': f['topics.csv']!.replace(/\n([a-z-]+),/, '\n$1,extra,') }),
      'topics.csv, row 2: Too many fields: expected 3 fields but parsed 4',
    ],
    [
      'an unknown field of the dataset',
      (f) => ({ ...f, 'dataset.csv': `${f['dataset.csv']}subtitle,Hello\n` }),
      'dataset.csv, row 6, column field (A): unknown field "subtitle"; the fields are: schemaVersion, updated, title.en, title.es, headline.en, headline.es, standfirst.en, standfirst.es, tagline.en, tagline.es, charts.tariffs.title.en, charts.tariffs.title.es, charts.tariffs.takeaway.en, charts.tariffs.takeaway.es, charts.tariffs.sideLabels.*.en, charts.tariffs.sideLabels.*.es, charts.flights.title.en, charts.flights.title.es, charts.flights.takeaway.en, charts.flights.takeaway.es, charts.aid.title.en, charts.aid.title.es, charts.aid.takeaway.en, charts.aid.takeaway.es',
    ],
    [
      'an update date written another way',
      (f) => ({ ...f, 'dataset.csv': f['dataset.csv']!.replace('2026-02-03', '3 Feb 2026') }),
      'dataset.csv, row 3: expected a date YYYY-MM-DD',
    ],
    [
      'a missing events table',
      (f) => Object.fromEntries(Object.entries(f).filter(([name]) => name !== 'events.csv')),
      'events.csv: missing file',
    ],
    [
      'a file that is not one of the tables',
      (f) => ({ ...f, 'notes.csv': 'a,b\n1,2\n' }),
      'notes.csv: not a table of the dataset; the tables are: dataset.csv, sides.csv, sources.csv, actors.csv, topics.csv, events.csv, quotes.csv, series-tariffs.csv, series-deportation-flights.csv, series-aid.csv, corrections.csv, open-questions.csv, citations.csv, outcome-citations.csv, reported-wordings.csv',
    ],
  ])('reports %s by file, row and column', (_, breakIt, line) => {
    expect(problemLines(breakIt(miniFiles()))).toContain(line);
  });

  it('reports every broken cell at once, not only the first', () => {
    const files = edit('events.csv', 2, 'goldstein', 'x')(edit('events.csv', 3, 'cameo', 'y')(miniFiles()));
    expect(problemLines(files)).toHaveLength(1);
    const both = edit('events.csv', 2, 'goldstein', 'x')(edit('sources.csv', 2, 'seed', 'z')(miniFiles()));
    expect(problemLines(both)).toHaveLength(2);
  });
});

describe('readCell', () => {
  it.each<[Parameters<typeof readCell>[0], string, ReturnType<typeof readCell>]>([
    ['text', '  Petro  ', { value: 'Petro' }],
    ['text', '', {}],
    ['number', '-4.4', { value: -4.4 }],
    ['number', '25%', { error: '"25%" is not a number' }],
    ['boolean', 'Yes', { value: true }],
    ['boolean', 'x', { value: true }],
    ['boolean', 'false', { value: false }],
    ['list', 'petro; trump,rubio', { value: ['petro', 'trump', 'rubio'] }],
    ['list', ' ; ', { value: [] }],
  ])('reads a %s cell "%s"', (kind, cell, expected) => {
    expect(readCell(kind, cell)).toEqual(expected);
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [52, 'BA'],
  ])('column %i is %s', (i, letter) => expect(columnLetter(i)).toBe(letter));
});

describe('data/templates', () => {
  it('converts to the fictional example dataset, with no problems', () => {
    const dir = 'data/templates';
    const files = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
    const result = datasetFromCsv(files);
    expect(result.ok && result.dataset).toEqual(otherFeud);
  });
});
