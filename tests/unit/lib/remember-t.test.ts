import { describe, expect, it, vi } from 'vitest';
import type { TFunction } from 'i18next';
import { rememberT } from '@/lib/remember-t';

describe('rememberT', () => {
  it.each([
    ['a key alone', ['kind.act'], 'kind.act|undefined'],
    ['a key with options', ['events.hidden', { count: 3 }], 'events.hidden|{"count":3}'],
  ] as const)('%s: gives what t gives, and asks t once for the same call', (_, args, text) => {
    const t = vi.fn((key: string, options?: object) => `${key}|${JSON.stringify(options)}`);
    const remembered = rememberT(t as unknown as TFunction) as unknown as (...a: unknown[]) => string;
    expect(remembered(...args)).toBe(text);
    expect(remembered(...args)).toBe(text);
    expect(t).toHaveBeenCalledTimes(1);
  });

  it('asks t again when the options differ', () => {
    const t = vi.fn((key: string, options?: { count: number }) => `${key} ${options?.count}`);
    const remembered = rememberT(t as unknown as TFunction) as unknown as (...a: unknown[]) => string;
    expect(remembered('n', { count: 1 })).toBe('n 1');
    expect(remembered('n', { count: 2 })).toBe('n 2');
    expect(t).toHaveBeenCalledTimes(2);
  });
});
