import { describe, expect, it } from 'vitest';
import { indexDataset } from '@/data/indexed-dataset';
import { Dataset } from '@/data/schema';
import { defaultView, type ViewState } from '@/view-state/defaults';
import { filterRelaxations } from '@/features/quotes/filter-relaxations';
import mini from '../../fixtures/mini-dataset.json';

const d = indexDataset(Dataset.parse(mini));
const f = (patch: Partial<ViewState>) => ({ ...defaultView('en'), ...patch });

describe('filterRelaxations', () => {
  it.each<[string, Partial<ViewState>, Array<[string, number]>]>([
    ['no filters, nothing to drop', {}, []],
    ['one filter', { actor: ['trump'] }, [['actor', 2]]],
    [
      'Petro in October 2025: either filter alone brings one back',
      { actor: ['petro'], month: { from: '2025-10', to: '2025-10' } },
      [
        ['actor', 1],
        ['month', 1],
      ],
    ],
    [
      'topic and words',
      { topic: ['sanctions'], q: 'handcuffs' },
      [
        ['topic', 1],
        ['q', 1],
      ],
    ],
    ['blank words are no filter', { q: '   ', topic: ['diplomacy'] }, [['topic', 2]]],
  ])('%s', (_, patch, expected) => {
    expect(filterRelaxations(d, f(patch)).map((r) => [r.filter, r.count])).toEqual(expected);
  });
});
