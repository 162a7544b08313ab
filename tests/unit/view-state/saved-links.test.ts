// Saved links must keep opening the view they were saved with (tests/fixtures/saved-links.json;
// its counts are a snapshot of the bundled data: regenerate them when the data changes).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '@/data/validate-dataset';
import { indexDataset } from '@/data/indexed-dataset';
import { selectEvents, selectQuotes } from '@/data/select';
import { parseSearch } from '@/view-state/url-codec';
import { serializeView } from '@/view-state/view-parsers';
import { migrateSearch } from '@/view-state/link-migrations';
import links from '../../fixtures/saved-links.json';

const result = validateDataset(JSON.parse(readFileSync('data/dataset.json', 'utf8')));
if (!result.ok) throw new Error('the bundled dataset is invalid');
const d = indexDataset(result.dataset);

describe('saved links', () => {
  it('cover every parameter', () => {
    const params = new Set(links.flatMap((l) => [...new URLSearchParams(l.link).keys()]));
    for (const p of [
      'actor',
      'month',
      'topic',
      'q',
      'event',
      'window',
      'index',
      'lanes',
      'sort',
      'ledger',
      'lang',
      'embed',
      'v',
    ])
      expect(params).toContain(p);
    expect(links.length).toBeGreaterThanOrEqual(15);
  });

  it.each(links.map((l) => [l.name, l] as const))('%s', (_, l) => {
    const { view, ignored } = parseSearch(migrateSearch(l.link).search, d.known, 'en');
    // Links saved before `lanes` and `sort` joined the format open with their defaults.
    expect(view).toEqual({ lanes: 'side', sort: 'oldest', ...l.view });
    expect(ignored.map((i) => i.param)).toEqual(l.ignored);
    expect(serializeView(view, 'en')).toBe(l.canonical);
    expect(selectEvents(d, view)).toHaveLength(l.events);
    expect(selectQuotes(d, view)).toHaveLength(l.quotes);
  });
});
