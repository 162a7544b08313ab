// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { itemContent, itemTooltip, textNode } from '@/features/timeline/timeline-item-content';
import type { TimelineItemSpec } from '@/features/timeline/to-timeline-items';

const hostile = '<img src=x onerror=alert(1)>';
const spec: TimelineItemSpec = {
  id: 'e1',
  group: 'US',
  start: '2025-01-26T12:00:00.000Z',
  type: 'point',
  className: '',
  label: hostile,
  ariaLabel: `26 Jan 2025: ${hostile}`,
  tooltip: { title: hostile, meta: `<b>bold</b>` },
};

describe('timeline item content is DOM built from text', () => {
  it('shows a title with markup as text', () => {
    const el = itemContent(spec);
    expect(el.textContent).toBe(hostile);
    expect(el.querySelector('img')).toBeNull();
    expect(el.children).toHaveLength(0);
    expect(el.getAttribute('aria-label')).toBe(`26 Jan 2025: ${hostile}`);
    expect(el.getAttribute('role')).toBe('option');
    expect(el.id).toBe('tl-item-e1');
  });

  it('leads the label with the mark of its kind, hidden from screen readers (the name says the kind)', () => {
    const el = itemContent({ ...spec, label: 'Trump threatens tariffs', kind: 'threat' });
    expect(el.textContent).toBe('⚠Trump threatens tariffs');
    expect(el.querySelector('.tl-kind')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('draws a mark without text but keeps its name for screen readers', () => {
    const el = itemContent({ ...spec, label: 'Petro', mark: true });
    expect(el.textContent).toBe('');
    expect(el.getAttribute('aria-label')).toBe(`26 Jan 2025: ${hostile}`);
    expect(el.getAttribute('role')).toBe('option');
  });

  it('builds the hover card from text', () => {
    const el = itemTooltip(spec);
    expect(el.querySelector('img, b')).toBeNull();
    expect(el.textContent).toBe(`${hostile}<b>bold</b>`);
  });

  it('builds lane labels from text', () => {
    const el = textNode('<script>x</script>', 'tl-lane');
    expect(el.querySelector('script')).toBeNull();
    expect(el.textContent).toBe('<script>x</script>');
  });
});
