// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { indexDataset } from '@/data/indexed-dataset';
import { Dataset } from '@/data/schema';
import { DatasetProvider } from '@/data/dataset-context';
import { createI18n } from '@/i18n/setup';
import { defaultView, type ViewState } from '@/view-state/defaults';
import { FixedViewProvider } from '@/view-state/view-context';
import { FilterBar } from '@/features/filters/filter-bar';
import * as format from '@/lib/format';
import mini from '../../fixtures/mini-dataset.json';

const d = indexDataset(Dataset.parse(mini));
const i18n = createI18n('en');
// Stable, as the view provider's is: the memoised controls compare their handlers by identity.
const setView = vi.fn();

function tree(view: ViewState, counts = '3 of 3 events') {
  return (
    <I18nextProvider i18n={i18n}>
      <DatasetProvider dataset={d}>
        <FixedViewProvider view={view} setView={setView}>
          <FilterBar counts={counts} />
        </FixedViewProvider>
      </DatasetProvider>
    </I18nextProvider>
  );
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  setView.mockClear();
});

describe('FilterBar redraws only the control a change is about', () => {
  it('a topic press, an actor choice or new counts do not redraw the month options; a language change does', () => {
    const months = vi.spyOn(format, 'formatMonth');
    const view = defaultView('en');
    const { rerender } = render(tree(view));
    const drawn = months.mock.calls.length;
    expect(drawn).toBeGreaterThan(0);
    rerender(tree({ ...view, topic: ['sanctions'] }));
    rerender(tree({ ...view, topic: ['sanctions'], actor: [d.actors[0]!.id] }));
    rerender(tree({ ...view, topic: ['sanctions'], actor: [d.actors[0]!.id] }, '1 of 3 events'));
    expect(months.mock.calls.length).toBe(drawn);
    expect(screen.getByTestId('result-counts').textContent).toBe('1 of 3 events');
    rerender(tree({ ...view, topic: ['sanctions'], lang: 'es' }));
    expect(months.mock.calls.length).toBeGreaterThan(drawn);
  });

  it.each([
    { pressed: [] as string[], press: 'Sanctions', writes: ['sanctions'] },
    { pressed: ['sanctions'], press: 'Sanctions', writes: [] },
    { pressed: ['migration'], press: 'Sanctions', writes: ['migration', 'sanctions'] },
  ])('with $pressed pressed, pressing $press writes topic $writes', ({ pressed, press, writes }) => {
    render(tree({ ...defaultView('en'), topic: pressed }));
    fireEvent.click(screen.getByRole('button', { name: press }));
    expect(setView).toHaveBeenCalledWith({ topic: writes });
  });
});
