import { describe, expect, it } from 'vitest';
import { validateDataset, type Problem } from '@/data/validate-dataset';
import type { Event, ThreatOutcome } from '@/data/schema';
import mini from '../../fixtures/mini-dataset.json';

type Raw = typeof mini & { events: Array<Record<string, unknown>> };
const source = mini.events[1]!.citations[0]!.source;

/** The mini fixture with a threat on 22 Oct 2025 carried out by the sanctions of 24 Oct (events[1]). */
function withThreat(outcome: Partial<ThreatOutcome> | undefined, cameo = '130'): Raw {
  const d = structuredClone(mini) as Raw;
  const threat: Partial<Event> = {
    id: '2025-10-22-threat',
    date: '2025-10-22',
    datePrecision: 'day',
    title: { en: 'A threat', es: 'Una amenaza' },
    summary: { en: 'A threat.', es: 'Una amenaza.' },
    actors: [...mini.events[1]!.actors],
    topics: [...mini.events[1]!.topics],
    cameo,
    goldstein: cameo === '130' ? -4.4 : -7,
    citations: [{ source }],
    ...(outcome && { outcome: outcome as ThreatOutcome }),
  };
  d.events.splice(1, 0, threat);
  return d;
}
const carriedOut: ThreatOutcome = {
  status: 'carried-out',
  event: mini.events[1]!.id,
  date: '2025-10-24',
  citations: [{ source }],
};
const problemsOf = (raw: unknown): Problem[] => {
  const result = validateDataset(raw);
  return result.ok ? [] : result.problems;
};

describe('threat outcomes', () => {
  it('accepts a threat carried out by a later event, with its date and source', () => {
    expect(problemsOf(withThreat(carriedOut))).toEqual([]);
  });

  it('accepts an unknown outcome with a note and no date or source', () => {
    const note = { en: 'No source says what followed.', es: 'Ninguna fuente dice qué siguió.' };
    expect(problemsOf(withThreat({ status: 'unknown', note }))).toEqual([]);
  });

  it.each<[string, Partial<ThreatOutcome> | undefined, string, RegExp]>([
    [
      'a threat without an outcome',
      undefined,
      'events[1].outcome',
      /a threat \(CAMEO 130\) needs an outcome/,
    ],
    [
      'an outcome event that does not exist',
      { ...carriedOut, event: '2030-01-01-nothing' },
      'events[1].outcome.event',
      /unknown event "2030-01-01-nothing"/,
    ],
    [
      'an outcome event dated before the threat',
      { ...carriedOut, event: mini.events[0]!.id, date: '2025-10-24' },
      'events[1].outcome.event',
      /dated before the threat/,
    ],
    [
      'a threat that is its own outcome',
      { ...carriedOut, event: '2025-10-22-threat' },
      'events[1].outcome.event',
      /its own outcome/,
    ],
    [
      'an outcome date before the threat',
      { ...carriedOut, date: '2025-10-21' },
      'events[1].outcome.date',
      /the outcome \(2025-10-21\) is dated before the threat \(2025-10-22\)/,
    ],
    [
      'an outcome date after the data is current to',
      { ...carriedOut, date: '2027-01-01' },
      'events[1].outcome.date',
      /after the dataset's "updated" date/,
    ],
    [
      'a carried-out outcome without a date',
      { ...carriedOut, date: undefined },
      'events[1].outcome.date',
      /needs its date/,
    ],
    [
      'a withdrawn outcome without a source',
      { ...carriedOut, status: 'withdrawn', citations: undefined },
      'events[1].outcome.citations',
      /needs a cited source/,
    ],
    [
      'an outcome citing an unknown source',
      { ...carriedOut, citations: [{ source: 'nobody' }] },
      'events[1].outcome.citations[0].source',
      /unknown source "nobody"/,
    ],
    ['an unknown outcome without a note', { status: 'unknown' }, 'events[1].outcome.note', /saying why/],
    ['a pending outcome without a note', { status: 'pending' }, 'events[1].outcome.note', /saying why/],
    [
      'a status outside the list',
      { ...carriedOut, status: 'ignored' as ThreatOutcome['status'] },
      'events[1].outcome.status',
      /carried-out/,
    ],
  ])('reports %s', (_, outcome, path, message) => {
    const problems = problemsOf(withThreat(outcome));
    const hit = problems.find((p) => p.path === path);
    expect(hit, JSON.stringify(problems)).toBeDefined();
    expect(hit!.message).toMatch(message);
  });

  it('reports a military threat (CAMEO 138) without an outcome too', () => {
    expect(problemsOf(withThreat(undefined, '138')).map((p) => p.path)).toEqual(['events[1].outcome']);
  });

  it('lets a non-threat event carry an outcome (an ultimatum listed with the threats)', () => {
    const d = withThreat(carriedOut);
    d.events[1]!.cameo = '111';
    d.events[1]!.goldstein = -2;
    expect(problemsOf(d)).toEqual([]);
  });
});
