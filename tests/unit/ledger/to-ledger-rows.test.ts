// The ledger against the bundled data: every threat and what became of it, checked by hand
// against data/dataset.json and the research notes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '@/data/validate-dataset';
import { indexDataset } from '@/data/indexed-dataset';
import { selectEvents } from '@/data/select';
import { defaultView } from '@/view-state/defaults';
import { daysBetween, groupLedgerRows, toLedgerRows } from '@/features/ledger/to-ledger-rows';
import { median, summarizeLedger } from '@/features/ledger/ledger-summary';

const result = validateDataset(JSON.parse(readFileSync('data/dataset.json', 'utf8')));
if (!result.ok) throw new Error('the bundled dataset is invalid');
const d = indexDataset(result.dataset);
const all = toLedgerRows(d.events, d);
const filtered = (patch: Partial<ReturnType<typeof defaultView>>) =>
  toLedgerRows(selectEvents(d, { ...defaultView('en'), ...patch }), d);

describe('toLedgerRows on the bundled data', () => {
  it.each([
    // threat, side, status, outcome event, days
    [
      '2025-01-26-trump-retaliation',
      'US',
      'partly-carried-out',
      '2025-01-26-us-holds-measures-in-reserve',
      0,
    ],
    ['2025-01-26-petro-counter-tariff', 'CO', 'superseded', '2025-01-26-colombia-accepts-terms', 0],
    ['2025-01-26-us-holds-measures-in-reserve', 'US', 'unknown', undefined, null],
    ['2025-10-19-trump-tariff-threat', 'US', 'suspended', '2025-10-21-moreno-no-new-tariffs', 2],
    ['2025-10-22-trump-calls-petro-thug', 'US', 'carried-out', '2025-10-24-ofac-sanctions', 2],
    ['2025-12-02-trump-subject-to-attack', 'US', 'superseded', '2026-01-07-petro-calls-trump', 36],
    ['2025-12-02-petro-jaguar-warning', 'CO', 'superseded', '2026-01-07-petro-calls-trump', 36],
    ['2025-12-10-trump-hell-be-next', 'US', 'superseded', '2026-01-07-petro-calls-trump', 28],
    ['2025-12-22-trump-watch-his-ass', 'US', 'superseded', '2026-01-07-petro-calls-trump', 16],
    ['2026-01-03-trump-warns-petro', 'US', 'superseded', '2026-01-07-petro-calls-trump', 4],
    ['2026-01-04-trump-sick-man', 'US', 'superseded', '2026-01-07-petro-calls-trump', 3],
    ['2026-01-05-petro-take-up-arms', 'CO', 'superseded', '2026-01-07-petro-calls-trump', 2],
  ] as const)('%s: %s threat, %s by %s after %s days', (id, side, status, outcomeId, days) => {
    const row = all.find((r) => r.threat.id === id);
    expect(row).toBeDefined();
    expect(row!.side).toBe(side);
    expect(row!.status).toBe(status);
    expect(row!.outcomeEvent?.id).toBe(outcomeId);
    expect(row!.days).toBe(days);
  });

  it('lists exactly those 12 threats, in date order', () => {
    expect(all).toHaveLength(12);
    const dates = all.map((r) => r.threat.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('keeps only the threats the filters show', () => {
    expect(filtered({ actor: ['trump'], topic: ['tariffs'] }).map((r) => r.threat.id)).toEqual([
      '2025-01-26-trump-retaliation',
      '2025-01-26-petro-counter-tariff',
      '2025-10-19-trump-tariff-threat',
    ]);
    expect(filtered({ month: { from: '2026-01', to: '2026-01' } })).toHaveLength(3);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2025-01-26', '2025-01-26', 0],
    ['2025-12-31', '2026-01-01', 1],
    ['2025-02-28', '2025-03-01', 1],
    ['2024-02-28', '2024-03-01', 2],
    ['2025-12-02', '2026-01-07', 36],
  ])('%s → %s is %i days', (from, to, days) => expect(daysBetween(from, to)).toBe(days));
});

describe('groupLedgerRows', () => {
  const keys = (sort: Parameters<typeof groupLedgerRows>[1]) =>
    groupLedgerRows(
      all,
      sort,
      d.topics.map((t) => t.id),
    ).map((g) => [g.key, g.rows.length]);
  it.each([
    ['date', [[null, 12]]],
    [
      'side',
      [
        ['US', 9],
        ['CO', 3],
      ],
    ],
    [
      'outcome',
      [
        ['carried-out', 1],
        ['partly-carried-out', 1],
        ['suspended', 1],
        ['superseded', 8],
        ['unknown', 1],
      ],
    ],
    // each threat under its first topic, in the dataset's topic order
    [
      'topic',
      [
        ['tariffs', 4],
        ['drugs', 4],
        ['military', 4],
      ],
    ],
  ] as const)('by %s', (sort, expected) => expect(keys(sort)).toEqual(expected));
  it('orders each group by date', () => {
    for (const g of groupLedgerRows(all, 'outcome')) {
      const dates = g.rows.map((r) => r.threat.date);
      expect(dates).toEqual([...dates].sort());
    }
  });
  it('gives no groups when there are no rows', () => expect(groupLedgerRows([], 'date')).toEqual([]));
});

describe('summaries', () => {
  it.each([
    [[], null],
    [[4], 4],
    [[3, 1, 2], 2],
    [[0, 2, 2, 3, 4, 16, 28, 36], 3.5],
  ])('median of %j is %s', (values, expected) => expect(median(values)).toBe(expected));

  it('per side on the bundled data (hand-checked)', () => {
    expect(summarizeLedger(all)).toEqual([
      {
        side: 'US',
        count: 9,
        byStatus: { 'partly-carried-out': 1, unknown: 1, suspended: 1, 'carried-out': 1, superseded: 5 },
        // days 0, 2, 2, 36, 28, 16, 4, 3 (the unknown has none) → sorted 0 2 2 3 4 16 28 36 → (3 + 4) / 2
        medianDays: 3.5,
        // carried out (2 days) and partly (0 days) → 1
        medianDaysCarriedOut: 1,
      },
      {
        side: 'CO',
        count: 3,
        byStatus: { superseded: 3 },
        // days 0, 36, 2 → 2
        medianDays: 2,
        medianDaysCarriedOut: null,
      },
    ]);
  });

  it('follows the filters: Trump and tariffs', () => {
    const [us, co] = summarizeLedger(filtered({ actor: ['trump'], topic: ['tariffs'] }));
    expect(us).toMatchObject({ side: 'US', count: 2, medianDays: 1, medianDaysCarriedOut: 0 });
    expect(co).toMatchObject({ side: 'CO', count: 1, medianDays: 0, byStatus: { superseded: 1 } });
  });
});
