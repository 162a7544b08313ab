import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '@/data/validate-dataset';
import { indexDataset } from '@/data/indexed-dataset';
import { selectEvents, selectQuotes } from '@/data/select';
import { sharedEvents, sharedQuotes } from '@/view-state/selection-context';

const result = validateDataset(JSON.parse(readFileSync('data/dataset.json', 'utf8')));
if (!result.ok) throw new Error('the bundled dataset is invalid');
const d = indexDataset(result.dataset);
const none = { actor: [], month: null, topic: [], q: '' };

describe('sharedEvents: one array for the same filters (the events list and the panels share it)', () => {
  it.each([
    ['no filter', none],
    ['an actor', { ...none, actor: ['trump'] }],
    ['a topic and words', { ...none, topic: ['tariffs'], q: 'arancel' }],
    ['a month range', { ...none, month: { from: '2025-09', to: '2025-10' } }],
  ])(
    '%s: the same events and quotes as selectEvents and selectQuotes, and the same array when asked again',
    (_, f) => {
      const first = sharedEvents(d, f);
      expect(first).toEqual(selectEvents(d, f));
      expect(sharedEvents(d, { ...f })).toBe(first);
      const quotes = sharedQuotes(d, f);
      expect(quotes).toEqual(selectQuotes(d, f));
      expect(sharedQuotes(d, { ...f })).toBe(quotes);
    },
  );

  it('forgets the oldest filters after four others were asked', () => {
    const first = sharedEvents(d, { ...none, q: 'visa' });
    for (const q of ['a', 'b', 'c', 'd']) sharedEvents(d, { ...none, q });
    const again = sharedEvents(d, { ...none, q: 'visa' });
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
