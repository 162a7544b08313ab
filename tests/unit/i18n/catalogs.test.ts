import { describe, expect, it } from 'vitest';
import { buildResources, loadCatalogs, loadNamespace } from '@/i18n/setup';

await loadCatalogs('es');
await loadNamespace('about');
const resources = buildResources();
const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
const texts = (o: object): unknown[] =>
  Object.values(o).flatMap((v) => (typeof v === 'object' ? texts(v) : [v]));
// Spanish may add a plural form (_many) that English does not have.
const base = (k: string) => k.replace(/_(one|many|other)$/, '');
const namespaces = Object.keys(resources.en ?? {});

describe('i18n catalogs', () => {
  it('have the common namespace in both languages', () => {
    expect(namespaces).toContain('translation');
    expect(Object.keys(resources.es ?? {}).sort()).toEqual([...namespaces].sort());
  });
  it.each(namespaces)('namespace %s has the same keys in English and Spanish', (ns) => {
    const en = keys(resources.en![ns] as object).map(base);
    const es = keys(resources.es![ns] as object).map(base);
    expect([...new Set(es)].sort()).toEqual([...new Set(en)].sort());
  });
  it.each(namespaces)('namespace %s has no empty text', (ns) => {
    for (const lang of ['en', 'es'])
      for (const text of texts(resources[lang]![ns] as object)) expect(text).not.toBe('');
  });
});
