import { describe, expect, it } from 'vitest';
import en from '@/i18n/en.json';
import es from '@/i18n/es.json';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
// Spanish may add a plural form (_many) that English does not have.
const base = (k: string) => k.replace(/_(one|many|other)$/, '');

describe('i18n catalogs', () => {
  it('have the same keys in English and Spanish', () => {
    expect([...new Set(keys(es).map(base))].sort()).toEqual([...new Set(keys(en).map(base))].sort());
  });
  it('have no empty text', () => {
    const texts = (o: object): unknown[] => Object.values(o).flatMap((v) => (typeof v === 'object' ? texts(v) : [v]));
    for (const c of [en, es]) for (const text of texts(c)) expect(text).not.toBe('');
  });
});
