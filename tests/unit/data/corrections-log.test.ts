/** The corrections log stays in step with the bundled data: each correction is there, and still true. */
import { describe, expect, it } from 'vitest';
import { indexDataset } from '@/data/indexed-dataset';
import { Dataset } from '@/data/schema';
import { eventDirections } from '@/data/tension-index';
import bundled from '../../../data/dataset.json';

const d = indexDataset(Dataset.parse(bundled));
const event = (id: string) => d.eventById.get(id)!;
const quote = (id: string) => d.quotes.find((q) => q.id === id)!;
const flight = (id: string) => d.series.deportationFlights.find((f) => f.id === id);
const aid = (id: string) => d.series.aid.find((a) => a.id === id)!;
const tariff = (id: string) => d.series.tariffs.find((t) => t.id === id)!;
const allIds = new Set([
  ...d.events.map((e) => e.id),
  ...d.quotes.map((q) => q.id),
  ...d.series.tariffs.map((t) => t.id),
  ...d.series.deportationFlights.map((f) => f.id),
  ...d.series.aid.map((a) => a.id),
]);
const logged = new Set(d.corrections.flatMap((c) => c.items));

describe('corrections log', () => {
  it('names only items that exist in the data', () => {
    expect([...logged].filter((id) => !allIds.has(id))).toEqual([]);
  });

  it('gives each correction a reason and a source in both languages', () => {
    for (const c of d.corrections) {
      expect(c.what.en && c.what.es && c.why.en && c.why.es).toBeTruthy();
      expect(c.citations.every((x) => d.sourceById.has(x.source))).toBe(true);
    }
  });

  // Each row: the item the log says was corrected, and what the data must now say.
  it.each<[string, string, () => boolean]>([
    [
      'q-petro-jaguar',
      "is dated to the day, with Petro's Spanish as the original",
      () =>
        quote('q-petro-jaguar').datePrecision === 'day' &&
        quote('q-petro-jaguar').original!.includes('despertará el Jaguar'),
    ],
    [
      '2025-12-02-petro-jaguar-warning',
      'uses his words in Spanish, not a back-translation',
      () =>
        event('2025-12-02-petro-jaguar-warning').summary.es.includes('porque despertará el Jaguar') &&
        !event('2025-12-02-petro-jaguar-warning').summary.es.includes('despertarás'),
    ],
    [
      'flights-2025-01-29-fac',
      'has the third flight with 105 people, once',
      () =>
        flight('flights-2025-01-29-fac')?.people === 105 &&
        !flight('flights-2025-01-30-fac') &&
        !flight('flights-2025-01-29-fac-medellin'),
    ],
    [
      'flights-2025-02-04-fac',
      'has the fourth flight of 4 February (110 people)',
      () => flight('flights-2025-02-04-fac')?.people === 110,
    ],
    [
      'flights-2025-02-07-fac',
      'has the fifth flight of 7 February (91 people)',
      () => flight('flights-2025-02-07-fac')?.people === 91,
    ],
    [
      '2026-01-06-protest-note',
      'says the note was announced',
      () => /announces/.test(event('2026-01-06-protest-note').title.en),
    ],
    [
      '2025-01-31-visa-section-reopens',
      'does not cite the line that points the other way',
      () =>
        !event('2025-01-31-visa-section-reopens').citations.some((c) =>
          c.excerpt?.includes('Monday through Friday'),
        ),
    ],
    [
      '2025-10-19-trump-cuts-aid',
      'cites a source that says the payments end',
      () => event('2025-10-19-trump-cuts-aid').citations.some((c) => c.excerpt?.includes('PAYMENTS')),
    ],
    [
      '2025-04-02-reciprocal-tariff',
      'says it took effect on 5 April',
      () => event('2025-04-02-reciprocal-tariff').summary.en.includes('5 April'),
    ],
    [
      '2025-01-26-us-holds-measures-in-reserve',
      'is not coded as lifting sanctions',
      () => event('2025-01-26-us-holds-measures-in-reserve').cameo !== '085',
    ],
    [
      'aid-2023-disbursed',
      'is not in the all-agency totals dispute',
      () => aid('aid-2023-disbursed').dispute !== 'aid-fy2023-total',
    ],
    [
      'tariff-2026-02-21-us-section-122-15-threat',
      'keeps the 15% as a threat never applied',
      () => tariff('tariff-2026-02-21-us-section-122-15-threat').status === 'threatened',
    ],
    [
      'tariff-2026-02-24-us-section-122',
      'has the surcharge in force at 10%',
      () => tariff('tariff-2026-02-24-us-section-122').rate === 10,
    ],
  ])('%s %s', (id, _, holds) => {
    expect(logged.has(id)).toBe(true);
    expect(holds()).toBe(true);
  });

  it('keeps context events out of the tension index', () => {
    const context = d.events.filter((e) => e.context);
    expect(context.length).toBeGreaterThan(0);
    expect(context.flatMap((e) => eventDirections(e, d.actorById))).toEqual([]);
  });

  it('has no internal vocabulary in anything a reader sees', () => {
    const { sources, ...rest } = bundled;
    const text = JSON.stringify([rest, sources.map((s) => [s.publisher, s.title, s.notes])]);
    const visible = text.replace(/"seed":\s*true/g, '').replace(/"(source|id|event)":"[^"]*"/g, '');
    expect(visible).not.toMatch(/\bseeds?\b|\bsemillas?\b|\bS[0-4]\b|\b[EQ]\d{2}\b/i);
  });
});
