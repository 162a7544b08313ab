import { describe, expect, it } from 'vitest';
import { validateDataset, type Problem } from '@/data/validate-dataset';
import mini from '../../fixtures/mini-dataset.json';

type Raw = typeof mini & Record<string, unknown>;
const clone = (): Raw => structuredClone(mini) as Raw;
const problemsOf = (raw: unknown): Problem[] => {
  const result = validateDataset(raw);
  return result.ok ? [] : result.problems;
};

describe('validateDataset', () => {
  it('accepts the valid fixture', () => {
    const result = validateDataset(clone());
    expect(result.ok).toBe(true);
  });

  // One defect each: the path and the words a data editor will see.
  it.each<[string, (d: Raw) => void, string, RegExp]>([
    [
      'unknown actor in an event',
      (d) => (d.events[0]!.actors[0] = 'trumpp'),
      'events[0].actors[0]',
      /unknown actor "trumpp"/,
    ],
    [
      'unknown target',
      (d) => (d.events[0]!.targets![0] = 'nobody'),
      'events[0].targets[0]',
      /unknown actor "nobody"/,
    ],
    [
      'unknown topic',
      (d) => (d.events[1]!.topics[0] = 'weather'),
      'events[1].topics[0]',
      /unknown topic "weather"/,
    ],
    [
      'unknown source',
      (d) => (d.events[1]!.citations[0]!.source = 'nyt'),
      'events[1].citations[0].source',
      /unknown source "nyt"/,
    ],
    [
      'unknown quote speaker',
      (d) => (d.quotes[0]!.speaker = 'maduro'),
      'quotes[0].speaker',
      /unknown actor "maduro"/,
    ],
    [
      'quote of an unknown event',
      (d) => (d.quotes[0]!.event = '2030-01-01-x'),
      'quotes[0].event',
      /unknown event/,
    ],
    [
      'tariff step of an unknown event',
      (d) => (d.series.tariffs[0]!.event = 'nope'),
      'series.tariffs[0].event',
      /unknown event "nope"/,
    ],
    ['duplicate event id', (d) => (d.events[1]!.id = d.events[0]!.id), 'events[1].id', /duplicate id/],
    ['duplicate actor id', (d) => (d.actors[1]!.id = 'petro'), 'actors[1].id', /duplicate id "petro"/],
    [
      '30 February',
      (d) => (d.events[0]!.date = '2025-02-30'),
      'events[0].date',
      /not a real calendar date from 1900 to 2100/,
    ],
    [
      'month 13',
      (d) => (d.quotes[0]!.date = '2025-13-01'),
      'quotes[0].date',
      /not a real calendar date from 1900 to 2100/,
    ],
    ['date in another format', (d) => (d.events[0]!.date = '26/01/2025'), 'events[0].date', /YYYY-MM-DD/],
    [
      'date after "updated"',
      (d) => (d.events[2]!.date = '2026-03-01'),
      'events[2].date',
      /after the dataset's "updated"/,
    ],
    ['events out of order', (d) => (d.events[1]!.date = '2024-12-31'), 'events[1].date', /out of order/],
    [
      'end before start',
      (d) => Object.assign(d.events[0]!, { endDate: '2025-01-01' }),
      'events[0].endDate',
      /before it starts/,
    ],
    [
      'wrong Goldstein weight',
      (d) => (d.events[0]!.goldstein = -7),
      'events[0].goldstein',
      /CAMEO 120 weighs -4, not -7/,
    ],
    [
      'unknown CAMEO code',
      (d) => (d.events[0]!.cameo = '999'),
      'events[0].cameo',
      /unknown CAMEO code "999"/,
    ],
    [
      'seed citation without excerpt',
      (d) => delete (d.events[0]!.citations[0] as { excerpt?: string }).excerpt,
      'events[0].citations[0].excerpt',
      /needs an excerpt/,
    ],
    [
      'quote without any excerpt',
      (d) => (d.quotes[1]!.citations = [{ source: 'treasury' }] as never),
      'quotes[1].citations',
      /excerpt/,
    ],
    [
      'event without citations',
      (d) => (d.events[1]!.citations = []),
      'events[1].citations',
      /at least one citation/,
    ],
    [
      'missing Spanish title',
      (d) => delete (d.events[0]!.title as Partial<{ es: string }>).es,
      'events[0].title.es',
      /expected string/,
    ],
    [
      'bad date precision',
      (d) => (d.events[0]!.datePrecision = 'roughly'),
      'events[0].datePrecision',
      /day|month|approx/,
    ],
    [
      'unknown tariff status',
      (d) => (d.series.tariffs[0]!.status = 'maybe'),
      'series.tariffs[0].status',
      /threatened/,
    ],
    [
      'derived figure without note',
      (d) => delete d.series.deportationFlights[1]!.note,
      'series.deportationFlights[1].note',
      /arithmetic/,
    ],
    [
      'malformed period',
      (d) => (d.series.deportationFlights[0]!.period = 'last year'),
      'series.deportationFlights[0].period',
      /period/,
    ],
    [
      'negative flights',
      (d) => (d.series.deportationFlights[0]!.flights = -1),
      'series.deportationFlights[0].flights',
      /0/,
    ],
    [
      'unknown aid measure',
      (d) => (d.series.aid[0]!.measure = 'pledged'),
      'series.aid[0].measure',
      /appropriated/,
    ],
    ['country that is not ISO', (d) => (d.actors[0]!.country = 'Colombia'), 'actors[0].country', /ISO 3166/],
    ['upper-case id', (d) => (d.topics[0]!.id = 'Migration'), 'topics[0].id', /lower-case/],
    ['unexpected field', (d) => Object.assign(d.events[0]!, { colour: 'red' }), 'events[0]', /colour/],
    ['wrong schema version', (d) => (d.schemaVersion = 2), 'schemaVersion', /1/],
    [
      'a source URL that is not http',
      (d) => (d.sources[2]!.url = 'javascript:alert(1)'),
      'sources[2].url',
      /.+/,
    ],
    // Impossible dates: what the schema accepts, the charts and timeline must be able to draw.
    ['an event in month 13', (d) => (d.events[0]!.date = '2025-13-01'), 'events[0].date', /1900 to 2100/],
    ['an event on 30 February', (d) => (d.events[0]!.date = '2025-02-30'), 'events[0].date', /real calendar/],
    ['an event in the year 0100', (d) => (d.events[0]!.date = '0100-01-01'), 'events[0].date', /1900/],
    [
      'an event in 2101',
      (d) => Object.assign(d.events[0]!, { endDate: '2101-01-01' }),
      'events[0].endDate',
      /2100/,
    ],
    ['a quote on day 99', (d) => (d.quotes[0]!.date = '2025-01-99'), 'quotes[0].date', /real calendar/],
    [
      'a tariff on day 00',
      (d) => (d.series.tariffs[0]!.date = '2025-01-00'),
      'series.tariffs[0].date',
      /real/,
    ],
    ['a source in month 00', (d) => (d.sources[0]!.published = '2025-00'), 'sources[0].published', /real/],
    ['an updated date in 1899', (d) => (d.updated = '1899-12-31'), 'updated', /1900/],
    [
      'a flight period in month 13',
      (d) => (d.series.deportationFlights[0]!.period = '2025-13'),
      'series.deportationFlights[0].period',
      /real dates/,
    ],
    [
      'a flight period ending on 2025-99-99',
      (d) => (d.series.deportationFlights[0]!.period = '2025-01-01..2025-99-99'),
      'series.deportationFlights[0].period',
      /real dates/,
    ],
    [
      'a flight period in the year 0100',
      (d) => (d.series.deportationFlights[0]!.period = '0100'),
      'series.deportationFlights[0].period',
      /1900 to 2100/,
    ],
    [
      'a flight period ending before it starts',
      (d) => (d.series.deportationFlights[0]!.period = '2025-03-07..2025-01-20'),
      'series.deportationFlights[0].period',
      /end not before the start/,
    ],
  ])('%s', (_, breakIt, path, message) => {
    const d = clone();
    breakIt(d);
    const problems = problemsOf(d);
    const hit = problems.find((p) => p.path === path);
    expect(hit, JSON.stringify(problems)).toBeDefined();
    expect(hit!.message).toMatch(message);
  });

  it.each([
    '1900',
    '2100',
    '2024-02-29',
    '2020..2023',
    '2025-01',
    '2025-01-20..2025-03-07',
    '1900-01-01..2100-12-31',
  ])('accepts the flight period %s', (period) => {
    const d = clone();
    d.series.deportationFlights[0]!.period = period;
    expect(problemsOf(d)).toEqual([]);
  });

  it.each([null, 42, 'text', [], {}])('rejects %j without throwing', (raw) => {
    expect(problemsOf(raw).length).toBeGreaterThan(0);
  });

  it('reports every problem, not only the first', () => {
    const d = clone();
    d.events[0]!.actors[0] = 'x1';
    d.quotes[0]!.speaker = 'x2';
    expect(problemsOf(d).map((p) => p.path)).toEqual(['events[0].actors[0]', 'quotes[0].speaker']);
  });
});
