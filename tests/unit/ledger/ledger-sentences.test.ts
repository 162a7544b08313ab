// The summary sentences, computed from the bundled data, in both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '@/data/validate-dataset';
import { indexDataset } from '@/data/indexed-dataset';
import { selectEvents } from '@/data/select';
import { createI18n, loadCatalogs } from '@/i18n/setup';
import { defaultView, type Lang } from '@/view-state/defaults';
import { toLedgerRows } from '@/features/ledger/to-ledger-rows';
import { summarizeLedger, type SideSummary } from '@/features/ledger/ledger-summary';
import { daysText, summarySentence } from '@/features/ledger/ledger-sentences';
import { ledgerCsvRows, ledgerJson } from '@/features/ledger/ledger-export';

// Spanish texts load on demand (English ones come with the app).
await loadCatalogs('es');

const result = validateDataset(JSON.parse(readFileSync('data/dataset.json', 'utf8')));
if (!result.ok) throw new Error('the bundled dataset is invalid');
const d = indexDataset(result.dataset);
const rows = (patch: Partial<ReturnType<typeof defaultView>> = {}) =>
  toLedgerRows(selectEvents(d, { ...defaultView('en'), ...patch }), d);
const sideOrder = d.sides.map((s) => s.id);
const sentences = (lang: Lang, patch = {}) => {
  const { t } = createI18n(lang);
  return summarizeLedger(rows(patch), sideOrder).map((s) => summarySentence(s, d.sides, t, lang));
};

describe('summarySentence', () => {
  it.each<[Lang, Record<string, unknown>, string[]]>([
    [
      'en',
      {},
      [
        'Of 9 threats from the United States side, 2 were carried out (1 only in part), after a median of 1 day. The others: 1 suspended, 5 overtaken by later events and 1 with no known outcome. Median time from threat to outcome: 3.5 days.',
        'Of 3 threats from the Colombia side, none was carried out. Outcome: 3 overtaken by later events. Median time from threat to outcome: 2 days.',
      ],
    ],
    [
      'es',
      {},
      [
        'De 9 amenazas del lado de Estados Unidos, 2 se cumplieron (1 solo en parte), en una mediana de 1 día. Las demás: 1 suspendida, 5 superadas por los hechos y 1 sin desenlace conocido. Mediana entre la amenaza y su desenlace: 3,5 días.',
        'De 3 amenazas del lado de Colombia, ninguna se cumplió. Desenlace: 3 superadas por los hechos. Mediana entre la amenaza y su desenlace: 2 días.',
      ],
    ],
    [
      'en',
      { actor: ['trump'], topic: ['tariffs'] },
      [
        'Of 2 threats from the United States side, 1 was carried out in part, the same day. The others: 1 suspended. Median time from threat to outcome: 1 day.',
        'Of 1 threat from the Colombia side, it was not carried out. Outcome: 1 overtaken by later events.',
      ],
    ],
    [
      'en',
      { month: { from: '2025-10', to: '2025-10' } },
      [
        'Of 2 threats from the United States side, 1 was carried out after 2 days. The others: 1 suspended. Median time from threat to outcome: 2 days.',
      ],
    ],
  ])('%s, filters %j', (lang, patch, expected) => expect(sentences(lang, patch)).toEqual(expected));

  it('says when no outcome is known', () => {
    const { t } = createI18n('en');
    const s: SideSummary = {
      side: 'US',
      count: 2,
      byStatus: { pending: 1, unknown: 1 },
      medianDays: null,
      medianDaysCarriedOut: null,
    };
    expect(summarySentence(s, d.sides, t, 'en')).toBe(
      'Of 2 threats from the United States side, none was carried out. Outcome: 1 still pending and 1 with no known outcome.',
    );
  });

  it.each<[Lang, number, string]>([
    ['en', 0, 'same day'],
    ['en', 1, '1 day'],
    ['en', 3.5, '3.5 days'],
    ['es', 0, 'el mismo día'],
    ['es', 1, '1 día'],
    ['es', 3.5, '3,5 días'],
  ])('daysText(%s, %d) is "%s"', (lang, days, text) =>
    expect(daysText(days, createI18n(lang).t, lang)).toBe(text),
  );
});

describe('ledger downloads', () => {
  const tariffs = rows({ actor: ['trump'], topic: ['tariffs'] });
  it('CSV: one row per threat, with its outcome and the sources of both', () => {
    const csv = ledgerCsvRows(tariffs, d, 'en');
    expect(csv.map((r) => [r.threat_id, r.outcome, r.outcome_date, r.days_between])).toEqual([
      ['2025-01-26-trump-retaliation', 'partly-carried-out', '2025-01-26', 0],
      ['2025-01-26-petro-counter-tariff', 'superseded', '2025-01-26', 0],
      ['2025-10-19-trump-tariff-threat', 'suspended', '2025-10-21', 2],
    ]);
    expect(csv[0]!.outcome_sources).toContain('The White House');
    expect(csv[0]!.outcome_excerpts).toContain('held in reserve, and not signed');
    expect(csv[0]!.threatened_by).toBe('Donald Trump');
  });
  it('JSON: the same rows, their sources resolved', () => {
    const json = ledgerJson(tariffs, d, 'es');
    expect(json.updated).toBe(d.updated);
    expect(json.threats).toHaveLength(3);
    expect(json.threats[0]!.outcome).toMatchObject({
      status: 'partly-carried-out',
      date: '2025-01-26',
      daysBetween: 0,
      event: '2025-01-26-us-holds-measures-in-reserve',
    });
    expect(json.threats[0]!.outcome.citations[0]).toMatchObject({
      source: 'white-house-2025-01-26',
      excerpt: 'held in reserve, and not signed',
    });
  });
});

describe('another feud', () => {
  const other = validateDataset(JSON.parse(readFileSync('tests/fixtures/other-feud.json', 'utf8')));
  if (!other.ok) throw new Error('the other feud fixture is invalid');
  const sides = indexDataset(other.dataset).sides;
  const s: SideSummary = {
    side: 'XB',
    count: 1,
    byStatus: { unknown: 1 },
    medianDays: null,
    medianDaysCarriedOut: null,
  };
  it.each<[Lang, string]>([
    ['en', 'Of 1 threat from the Belmar side, it was not carried out. Outcome: 1 with no known outcome.'],
    ['es', 'De 1 amenaza del lado de Belmar, no se cumplió. Desenlace: 1 sin desenlace conocido.'],
  ])('names the side by the dataset’s own sides (%s)', (lang, expected) =>
    expect(summarySentence(s, sides, createI18n(lang).t, lang)).toBe(expected),
  );
});
