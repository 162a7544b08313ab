// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { indexDataset } from '@/data/indexed-dataset';
import { Dataset } from '@/data/schema';
import { DatasetProvider } from '@/data/dataset-context';
import { clearedFilters } from '@/view-state/filters';
import { FixedViewProvider } from '@/view-state/view-context';
import { SelectionProvider } from '@/view-state/selection-context';
import { createI18n, loadCatalogs } from '@/i18n/setup';
import { defaultView, type Lang, type ViewState } from '@/view-state/defaults';
import { QuotesList } from '@/features/quotes/quotes-list';
import mini from '../../fixtures/mini-dataset.json';

// Spanish texts load on demand (English ones come with the app).
await loadCatalogs('es');

const parsed = Dataset.parse(mini);
parsed.quotes[0] = {
  ...parsed.quotes[0]!,
  original: 'Nunca permitiré que traigan a colombianos esposados',
  reportedWordings: [
    {
      source: 's1',
      excerpt: 'I will never allow Colombians in handcuffs',
      note: { en: 'Re-translated.', es: 'Retraducida.' },
    },
  ],
};
const d = indexDataset(parsed);

function renderList(patch: Partial<ViewState> = {}, lang: Lang = 'en') {
  const view = { ...defaultView(lang), ...patch };
  const setView = vi.fn();
  // The list reads the dataset, the view and its quotes from the hooks, as on the page.
  render(
    <I18nextProvider i18n={createI18n(lang)}>
      <DatasetProvider dataset={d}>
        <FixedViewProvider view={view} setView={setView}>
          <SelectionProvider>
            <QuotesList />
          </SelectionProvider>
        </FixedViewProvider>
      </DatasetProvider>
    </I18nextProvider>,
  );
  return { setView };
}
const cards = () => screen.getAllByRole('article');

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('QuotesList', () => {
  it('lists every quote as a named article, with the count', () => {
    renderList();
    expect(screen.getByText('2 of 2 quotes')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Quotes' }).children).toHaveLength(2);
    expect(cards().map((a) => a.getAttribute('aria-label'))).toEqual([
      'Quote by Gustavo Petro, 26 Jan 2025',
      'Quote by US Treasury, 24 Oct 2025',
    ]);
  });

  it('puts the newest-first choice in the link', () => {
    const { setView } = renderList();
    fireEvent.click(screen.getByRole('button', { name: 'Newest first' }));
    expect(setView).toHaveBeenCalledWith({ sort: 'newest' });
  });

  it('shows newest first when the link says sort=newest', () => {
    renderList({ sort: 'newest' });
    expect(cards()[0]!.getAttribute('aria-label')).toContain('US Treasury');
    expect(screen.getByRole('button', { name: 'Newest first' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('marks the search words as text', () => {
    renderList({ q: 'HANDCUFFS' });
    expect(screen.getByText('1 of 2 quotes')).toBeTruthy();
    const marks = [...document.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['handcuffs', 'handcuffs']);
  });

  it('shows the selected event’s quotes first, marked', () => {
    renderList({ event: '2025-10-24-ofac-sanctions' });
    const first = cards()[0]!;
    expect(first.getAttribute('aria-label')).toContain('US Treasury');
    expect(within(first).getByText('From the selected event')).toBeTruthy();
    expect(within(cards()[1]!).queryByText('From the selected event')).toBeNull();
  });

  it('"Show event" selects the quote’s event', () => {
    const { setView } = renderList();
    fireEvent.click(within(cards()[1]!).getByRole('button', { name: 'Show event' }));
    expect(setView).toHaveBeenCalledWith({ event: '2025-10-24-ofac-sanctions' });
  });

  it('copies the quote with its citation and says so', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderList();
    fireEvent.click(within(cards()[1]!).getByRole('button', { name: 'Copy quote with citation' }));
    expect(await within(cards()[1]!).findByText('Quote and citation copied')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(
      '“Since President Gustavo Petro came to power, cocaine production in Colombia has exploded to the highest rate in decades” — US Treasury, Treasury Department, 24 Oct 2025 (US Treasury, Press release sb0292, https://home.treasury.gov/news/press-releases/sb0292)',
    );
  });

  it('copies a link to the view with the event selected', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    renderList({ actor: ['us-treasury'] });
    fireEvent.click(screen.getByRole('button', { name: 'Copy link to this event' }));
    expect(await screen.findByText('Link to the event copied')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(
      expect.stringMatching(/\?actor=us-treasury&event=2025-10-24-ofac-sanctions$/),
    );
  });

  it('offers the text to copy by hand when the clipboard refuses', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: async () => Promise.reject(new Error('no')) },
    });
    renderList();
    fireEvent.click(within(cards()[1]!).getByRole('button', { name: 'Copy quote with citation' }));
    const box = await screen.findByRole('textbox', { name: /Copy this text/ });
    expect((box as HTMLTextAreaElement).value).toMatch(/^“Since President/);
  });

  it('shows the original wording and the wording a source printed, each with its source', () => {
    renderList();
    const card = cards()[0]!;
    expect(card.querySelector('blockquote')!.textContent).toContain('never allow Colombians');
    fireEvent.click(within(card).getByRole('button', { name: 'Show original (Spanish)' }));
    expect(card.querySelector('blockquote')!.textContent).toBe(
      '“Nunca permitiré que traigan a colombianos esposados”',
    );
    expect(card.querySelector('blockquote')!.getAttribute('lang')).toBe('es');
    expect(within(card).getByRole('button', { name: 'Show translation (English)' })).toBeTruthy();
    expect(within(card).getByText('A source printed different words')).toBeTruthy();
    expect(within(card).getByText('I will never allow Colombians in handcuffs')).toBeTruthy();
  });

  it('in Spanish: Spanish context, and the original first', () => {
    renderList({}, 'es');
    expect(screen.getByText('2 de 2 citas')).toBeTruthy();
    expect(screen.getByText('Al rechazar los vuelos.')).toBeTruthy();
    expect(cards()[0]!.querySelector('blockquote')!.textContent).toContain('Nunca permitiré');
    expect(screen.getByRole('button', { name: 'Ver traducción (inglés)' })).toBeTruthy();
  });

  it('says which filters removed everything, and how to widen them', () => {
    const { setView } = renderList({
      actor: ['petro'],
      month: { from: '2025-10', to: '2025-10' },
    });
    expect(screen.getByText('No quotes from Gustavo Petro in October 2025.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Any month (1 quote)' }));
    expect(setView).toHaveBeenCalledWith({ month: null });
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(setView).toHaveBeenCalledWith(clearedFilters());
  });
});
