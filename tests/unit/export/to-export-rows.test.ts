import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { indexDataset } from '@/data/indexed-dataset';
import { Dataset } from '@/data/schema';
import { validateDataset } from '@/data/validate-dataset';
import { selectEvents, selectQuotes } from '@/data/select';
import { defaultView, type ViewState } from '@/view-state/defaults';
import { eventRows, quoteRows, toDatasetSubset } from '@/features/export/to-export-rows';
import { exportFileName } from '@/lib/export-file-name';
import { toCsv } from '@/lib/download';
import mini from '../../fixtures/mini-dataset.json';

const d = indexDataset(Dataset.parse(mini));
const view = (patch: Partial<ViewState>): ViewState => ({ ...defaultView('en'), ...patch });

describe('export rows', () => {
  it('makes one event row per event, with its citations', () => {
    const rows = eventRows(d.events, d, 'en');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      id: '2025-01-26-flights-refused',
      title: 'Petro turns back two US deportation flights',
      actors: 'Gustavo Petro',
      targets: 'Donald Trump',
      topics: 'Migration',
      goldstein: -4,
      sources:
        'CNN, via a machine re-translation on whistlebuzz.com — grade C — From clash to dialogue — 2026-02-02',
      unverified: 'yes',
      excerpts: 'blocked two of the flights from landing in his country',
    });
  });

  it('writes Spanish text in Spanish', () => {
    expect(eventRows(d.events, d, 'es')[0]!.title).toBe('Petro devuelve dos vuelos de deportación');
    expect(quoteRows(d.quotes, d, 'es')[0]!).toMatchObject({
      role: 'Presidente de Colombia',
      context: 'Al rechazar los vuelos.',
    });
  });

  it('writes CSV that a spreadsheet reads back: quoting, accents, one row per item', async () => {
    const csv = await toCsv(eventRows(d.events, d, 'es'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(3);
    expect(parsed.data[0]!.title).toBe('Petro devuelve dos vuelos de deportación');
    expect(parsed.data[2]!.summary).toBe('Una llamada alivia la disputa.');
  });
});

describe('toDatasetSubset', () => {
  it('is a valid dataset holding the filtered items', () => {
    const v = view({ actor: ['us-treasury'] });
    const subset = toDatasetSubset(d, selectEvents(d, v), selectQuotes(d, v));
    expect(validateDataset(subset).ok).toBe(true);
    expect(subset.events.map((e) => e.id)).toEqual(['2025-10-24-ofac-sanctions']);
    expect(subset.actors.map((a) => a.id).sort()).toEqual(['petro', 'us-treasury']);
    // The tariff step's event was filtered out: its link is dropped, the step kept.
    expect(subset.series.tariffs[0]!.event).toBeUndefined();
  });
});

describe('exportFileName', () => {
  it.each<[Partial<ViewState>, string]>([
    [{}, 'rift-events.csv'],
    [{ actor: ['petro'], month: { from: '2025-09', to: '2025-09' } }, 'rift-events_petro_2025-09.csv'],
    [
      { actor: ['petro', 'trump'], month: { from: '2025-09', to: '2025-11' } },
      'rift-events_petro+trump_2025-09_2025-11.csv',
    ],
    [
      { topic: ['visas'], q: 'Revocación de visa!', lang: 'es' },
      'rift-events_visas_q-revocacion-de-visa_es.csv',
    ],
  ])('%j → %s', (patch, expected) => expect(exportFileName('events', view(patch), 'csv')).toBe(expected));
});

describe('the bundled data downloaded whole', () => {
  it('is a valid dataset, with its corrections and open questions', async () => {
    const bundled = (await import('../../../data/dataset.json')).default;
    const full = indexDataset(Dataset.parse(bundled));
    const subset = toDatasetSubset(full, full.events, full.quotes);
    expect(validateDataset(JSON.parse(JSON.stringify(subset)))).toMatchObject({ ok: true });
    expect(subset.corrections).toHaveLength(full.corrections.length);
    expect(subset.openQuestions).toHaveLength(full.openQuestions.length);
  });
});
