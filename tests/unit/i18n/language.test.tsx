// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { catalogsLoaded, createI18n, i18nIn, loadCatalogs } from '@/i18n/setup';
import { LanguageProvider } from '@/i18n/language-provider';
import type { Lang } from '@/i18n/lang';

afterEach(cleanup);

function Heading() {
  const { t } = useTranslation();
  return <h1>{`${t('header.language')} · ${t('timeline:heading')}`}</h1>;
}
const inLanguage = (lang: Lang, root = createI18n('en')) =>
  render(
    <I18nextProvider i18n={root}>
      <LanguageProvider lang={lang}>
        <Heading />
      </LanguageProvider>
    </I18nextProvider>,
  );

// One file, one module: the order of these tests is the order catalogs load in a page.
describe('catalogs by language', () => {
  it('has English from the start and Spanish only once loaded', () => {
    expect(catalogsLoaded('en')).toBe(true);
    expect(catalogsLoaded('es')).toBe(false);
    expect(createI18n('en').t('header.language')).toBe('Language');
  });

  it('shows a language whose texts are not here yet in English, then in that language once loaded', async () => {
    inLanguage('es');
    expect(screen.getByRole('heading').textContent).toBe('Language · Timeline');
    expect(document.documentElement.lang).toBe('en');
    expect((await screen.findByText('Idioma · Línea de tiempo')).tagName).toBe('H1');
    expect(document.documentElement.lang).toBe('es');
    expect(catalogsLoaded('es')).toBe(true);
  });

  it.each([
    ['en', 'Language · Timeline'],
    ['es', 'Idioma · Línea de tiempo'],
  ] as const)('in %s, the texts and <html lang> follow the view’s language', async (lang, text) => {
    await loadCatalogs('es');
    inLanguage(lang);
    expect(screen.getByRole('heading').textContent).toBe(text);
    expect(document.documentElement.lang).toBe(lang);
  });

  it('gives one fixed instance per language that shares the root’s texts, and never changes the root’s language', async () => {
    const root = createI18n('en');
    await loadCatalogs('es');
    const es = i18nIn(root, 'es');
    expect(i18nIn(root, 'es')).toBe(es);
    expect(i18nIn(root, 'en')).toBe(root);
    expect(es.t('header.language')).toBe('Idioma');
    expect(root.t('header.language')).toBe('Language');
    root.addResourceBundle('es', 'extra', { hello: 'hola' });
    expect(es.t('extra:hello')).toBe('hola');
    expect(root.language).toBe('en');
  });
});
