import { afterEach, describe, expect, it, vi } from 'vitest';
import { jumpBehavior } from '@/lib/scroll-behavior';

afterEach(() => vi.unstubAllGlobals());

describe('jumpBehavior: a section jump scrolls smoothly unless the reader asked for less motion', () => {
  it.each([
    ['no preference', false, 'smooth'],
    ['reduced motion', true, 'auto'],
  ])('%s', (_, reduced, expected) => {
    vi.stubGlobal('window', { matchMedia: (q: string) => ({ matches: reduced && q.includes('reduce') }) });
    expect(jumpBehavior()).toBe(expected);
  });

  it('smooth where the browser has no matchMedia', () => {
    vi.stubGlobal('window', {});
    expect(jumpBehavior()).toBe('smooth');
  });
});
