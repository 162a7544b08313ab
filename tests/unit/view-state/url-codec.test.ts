import { describe, expect, it } from 'vitest';
import { parseView as parseSearch, type Ignored, type KnownIds } from '@/view-state/url-codec';
import { serializeView } from '@/view-state/view-parsers';
import { defaultView, browserLang, type ViewState } from '@/view-state/defaults';

const known: KnownIds = {
  actors: new Set(['petro', 'trump', 'us-state-dept']),
  topics: new Set(['visas', 'tariffs', 'migration']),
  events: new Set(['2025-01-26-flights-refused']),
};
const view = (patch: Partial<ViewState>): ViewState => ({ ...defaultView('en'), ...patch });

describe('round trips: parse(serialize(view)) gives the same view', () => {
  it.each<[string, Partial<ViewState>]>([
    ['defaults', {}],
    ['one actor', { actor: ['petro'] }],
    ['two actors', { actor: ['petro', 'trump'] }],
    ['one month', { month: { from: '2025-09', to: '2025-09' } }],
    ['month range', { month: { from: '2025-01', to: '2026-02' } }],
    ['topics', { topic: ['tariffs', 'visas'] }],
    ['words with spaces and accents', { q: 'visa revocación & más' }],
    ['selected event', { event: '2025-01-26-flights-refused' }],
    ['window', { window: { start: '2025-01-01', end: '2025-03-31' } }],
    ['count index', { index: 'count' }],
    ['lanes by topic', { lanes: 'topic' }],
    ['quotes newest first', { sort: 'newest' }],
    ['ledger sorted by outcome', { ledger: 'outcome' }],
    ['ledger grouped by side', { ledger: 'side' }],
    ['Spanish', { lang: 'es' }],
    ['embedded', { embed: true }],
    [
      'everything',
      {
        actor: ['trump', 'us-state-dept'],
        month: { from: '2025-09', to: '2025-10' },
        topic: ['visas'],
        q: 'visa',
        event: '2025-01-26-flights-refused',
        window: { start: '2025-09-01', end: '2025-10-31' },
        index: 'count',
        lanes: 'topic',
        sort: 'newest',
        ledger: 'topic',
        lang: 'es',
      },
    ],
  ])('%s', (_, patch) => {
    const v = view(patch);
    const { view: back, ignored } = parseSearch(serializeView(v, 'en'), known, 'en');
    expect(ignored).toEqual([]);
    expect(back).toEqual(v);
  });
});

describe('canonical links', () => {
  it.each<[string, Partial<ViewState>, string]>([
    ['defaults are left out', {}, ''],
    ['lists are sorted', { actor: ['trump', 'petro'] }, 'actor=petro,trump'],
    [
      'a one-month range is written as one month',
      { month: { from: '2025-09', to: '2025-09' } },
      'month=2025-09',
    ],
    ['a range uses ..', { month: { from: '2025-09', to: '2025-11' } }, 'month=2025-09..2025-11'],
    ['the default index is left out', { index: 'goldstein' }, ''],
    ['lanes by side (the default) are left out', { lanes: 'side' }, ''],
    ['lanes by topic are written', { lanes: 'topic' }, 'lanes=topic'],
    ['oldest first (the default) is left out', { sort: 'oldest' }, ''],
    ['newest first is written', { sort: 'newest' }, 'sort=newest'],
    [
      'lanes and sort come after index, before lang',
      { lang: 'es', sort: 'newest', lanes: 'topic', index: 'count' },
      'index=count&lanes=topic&sort=newest&lang=es',
    ],
    ['the default ledger order (by date) is left out', { ledger: 'date' }, ''],
    [
      'a ledger order is written after lanes and sort',
      { index: 'count', ledger: 'outcome' },
      'index=count&ledger=outcome',
    ],
    ['the default language is left out', { lang: 'en' }, ''],
    ['a non-default language is written', { lang: 'es' }, 'lang=es'],
    ['empty words are left out', { q: '' }, ''],
    ['parameters come in a fixed order', { lang: 'es', actor: ['petro'], q: 'x' }, 'actor=petro&q=x&lang=es'],
  ])('%s', (_, patch, expected) => {
    expect(serializeView(view(patch), 'en')).toBe(expected);
  });

  it('writes duplicates once', () => {
    expect(parseSearch('actor=trump,petro,trump', known, 'en').view.actor).toEqual(['petro', 'trump']);
  });

  it('leaves out lang=es when Spanish is the browser default', () => {
    expect(serializeView(view({ lang: 'es' }), 'es')).toBe('');
    expect(serializeView(view({ lang: 'en' }), 'es')).toBe('lang=en');
  });
});

describe('invalid values are dropped and reported', () => {
  it.each<[string, string, Partial<ViewState>, { param: string; value: string }[]]>([
    ['unknown actor', 'actor=nobody', {}, [{ param: 'actor', value: 'nobody' }]],
    [
      'one unknown among known actors',
      'actor=petro,nobody',
      { actor: ['petro'] },
      [{ param: 'actor', value: 'nobody' }],
    ],
    ['garbled actor list', 'actor=Petro!', {}, [{ param: 'actor', value: 'Petro!' }]],
    ['empty actor list', 'actor=,', {}, [{ param: 'actor', value: ',' }]],
    ['month 13', 'month=2025-13', {}, [{ param: 'month', value: '2025-13' }]],
    ['month 00', 'month=2025-00', {}, [{ param: 'month', value: '2025-00' }]],
    ['reversed month range', 'month=2025-10..2025-01', {}, [{ param: 'month', value: '2025-10..2025-01' }]],
    ['month with a day', 'month=2025-10-01', {}, [{ param: 'month', value: '2025-10-01' }]],
    [
      'three-part month range',
      'month=2025-01..2025-02..2025-03',
      {},
      [{ param: 'month', value: '2025-01..2025-02..2025-03' }],
    ],
    ['unknown topic', 'topic=weather', {}, [{ param: 'topic', value: 'weather' }]],
    ['blank words', 'q=%20%20', {}, [{ param: 'q', value: '  ' }]],
    ['unknown event', 'event=2099-01-01-nothing', {}, [{ param: 'event', value: '2099-01-01-nothing' }]],
    ['garbled event', 'event=<script>', {}, [{ param: 'event', value: '<script>' }]],
    [
      'window end before start',
      'window=2025-03-01..2025-01-01',
      {},
      [{ param: 'window', value: '2025-03-01..2025-01-01' }],
    ],
    [
      'window of zero length',
      'window=2025-03-01..2025-03-01',
      {},
      [{ param: 'window', value: '2025-03-01..2025-03-01' }],
    ],
    [
      'window with 30 February',
      'window=2025-02-30..2025-03-01',
      {},
      [{ param: 'window', value: '2025-02-30..2025-03-01' }],
    ],
    ['window with one end', 'window=2025-02-01', {}, [{ param: 'window', value: '2025-02-01' }]],
    ['unknown index', 'index=plover', {}, [{ param: 'index', value: 'plover' }]],
    ['unknown ledger order', 'ledger=days', {}, [{ param: 'ledger', value: 'days' }]],
    ['unknown language', 'lang=fr', {}, [{ param: 'lang', value: 'fr' }]],
    ['unknown lanes', 'lanes=actor', {}, [{ param: 'lanes', value: 'actor' }]],
    ['lanes in capitals', 'lanes=TOPIC', {}, [{ param: 'lanes', value: 'TOPIC' }]],
    ['unknown sort', 'sort=random', {}, [{ param: 'sort', value: 'random' }]],
    ['embed other than 1', 'embed=yes', {}, [{ param: 'embed', value: 'yes' }]],
    ['a link format from the future', 'v=9', {}, [{ param: 'v', value: '9' }]],
    ['a garbled link format', 'v=x', {}, [{ param: 'v', value: 'x' }]],
  ])('%s', (_, search, patch, ignored) => {
    const result = parseSearch(search, known, 'en');
    expect(result.view).toEqual(view(patch));
    expect(result.ignored.map(({ param, value }) => ({ param, value }))).toEqual(ignored);
  });

  it.each<[string, string, Ignored['reason']]>([
    ['a value that does not parse is invalid', 'month=2025-13', 'invalid'],
    ['an id the dataset lacks is unknown', 'actor=nobody', 'unknown'],
    ['an event the dataset lacks is unknown', 'event=2099-01-01-nothing', 'unknown'],
    ['a link format from the future is a version problem', 'v=9', 'version'],
  ])('%s', (_, search, reason) => {
    expect(parseSearch(search, known, 'en').ignored.map((i) => i.reason)).toEqual([reason]);
  });

  it('drops oversized values', () => {
    const long = 'a'.repeat(201);
    expect(parseSearch(`q=${long}`, known, 'en').ignored).toEqual([
      { param: 'q', value: long, reason: 'invalid' },
    ]);
    const many = Array.from({ length: 600 }, (_, i) => `a${i}`).join(',');
    expect(parseSearch(`actor=${many}`, known, 'en').view.actor).toEqual([]);
  });

  it('ignores unknown parameters without a notice', () => {
    expect(parseSearch('utm_source=x&foo=bar&actor=petro', known, 'en')).toEqual({
      view: view({ actor: ['petro'] }),
      ignored: [],
    });
  });

  it('reports several bad values at once', () => {
    const { view: v, ignored } = parseSearch('month=2025-13&actor=nobody', known, 'en');
    expect(v).toEqual(view({}));
    expect(ignored.map((i) => i.param).sort()).toEqual(['actor', 'month']);
  });
});

describe('random strings never throw', () => {
  // A small deterministic generator, so a failure can be reproduced.
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789-_.,=&?%#+/ <>"\'\\é😀\u0000\u202e';
  const randomString = (max: number) =>
    Array.from(
      { length: Math.floor(random() * max) },
      () => alphabet[Math.floor(random() * alphabet.length)],
    ).join('');
  const params = ['actor', 'month', 'topic', 'q', 'event', 'window', 'index', 'lang', 'x'];
  const cases = Array.from({ length: 400 }, () =>
    Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
      const p = params[Math.floor(random() * params.length)];
      return `${p}=${randomString(random() < 0.1 ? 2000 : 40)}`;
    }).join('&'),
  );

  it.each(cases.map((c, i) => [i, c]))('#%i parses to a valid view', (_, search) => {
    const { view: v } = parseSearch(search as string, known, 'en');
    expect(v.actor.every((a) => known.actors.has(a))).toBe(true);
    expect(v.topic.every((t) => known.topics.has(t))).toBe(true);
    expect(v.event === null || known.events.has(v.event)).toBe(true);
    expect(['en', 'es']).toContain(v.lang);
    // Whatever survived parsing serializes and parses back to itself.
    expect(parseSearch(serializeView(v, 'en'), known, 'en').view).toEqual(v);
  });
});

describe('browser language', () => {
  it.each([
    [['es-CO', 'en'], 'es'],
    [['es'], 'es'],
    [['en-US', 'es'], 'en'],
    [['pt-BR'], 'en'],
    [[], 'en'],
  ])('%j gives %s', (languages, expected) => {
    expect(browserLang(languages)).toBe(expected);
  });
});
