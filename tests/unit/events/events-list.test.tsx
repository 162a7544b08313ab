// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { indexDataset } from '@/data/indexed-dataset';
import { Dataset } from '@/data/schema';
import { DatasetProvider } from '@/data/dataset-context';
import { createI18n } from '@/i18n/setup';
import { defaultView, type ViewState } from '@/view-state/defaults';
import { FixedViewProvider } from '@/view-state/view-context';
import { SelectionProvider } from '@/view-state/selection-context';
import { EventsList } from '@/features/events/events-list';
import * as names from '@/lib/actor-names';
import mini from '../../fixtures/mini-dataset.json';

const d = indexDataset(Dataset.parse(mini));
const i18n = createI18n('en');

function tree(view: ViewState, setView = vi.fn()) {
  return (
    <I18nextProvider i18n={i18n}>
      <DatasetProvider dataset={d}>
        <FixedViewProvider view={view} setView={setView}>
          <SelectionProvider>
            <EventsList />
          </SelectionProvider>
        </FixedViewProvider>
      </DatasetProvider>
    </I18nextProvider>
  );
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('EventsList reads the view and the selection from the hooks', () => {
  it('lists the events with the kind of each move, and selecting one writes the event', () => {
    const setView = vi.fn();
    render(tree(defaultView('en'), setView));
    const kinds = [...document.querySelectorAll('[data-event-id] [data-kind]')].map((el) => el.textContent);
    expect(kinds).toEqual(['■Act', '■Act', '⇄Cooperation']);
    fireEvent.click(screen.getByRole('button', { name: d.events[1]!.title.en }));
    expect(setView).toHaveBeenCalledWith({ event: d.events[1]!.id });
  });

  it('a change of the view it does not draw (a pan of the timeline) re-renders no row; a selection re-renders only the two rows it changes', () => {
    const rowRenders = vi.spyOn(names, 'actorNames');
    // A row names its actors, and its targets where it has some, once per render.
    const callsOf = (...rows: number[]) =>
      rows.reduce((n, i) => n + (d.events[i]!.targets?.length ? 2 : 1), 0);
    const setView = vi.fn();
    const view = defaultView('en');
    const since = (() => {
      let last = rowRenders.mock.calls.length;
      return () => {
        const now = rowRenders.mock.calls.length;
        const n = now - last;
        last = now;
        return n;
      };
    })();
    const { rerender } = render(tree(view, setView));
    expect(since()).toBe(callsOf(0, 1, 2));
    rerender(tree({ ...view, window: { start: '2025-01-01', end: '2025-03-01' } }, setView));
    expect(since()).toBe(0);
    rerender(tree({ ...view, event: d.events[0]!.id }, setView));
    expect(since()).toBe(callsOf(0));
    rerender(tree({ ...view, event: d.events[1]!.id }, setView));
    expect(since()).toBe(callsOf(0, 1));
  });

  it('a filter change shows only the new rows at once, keeps the rows drawn before hidden until that frame has painted, then removes them', async () => {
    const setView = vi.fn();
    const view = defaultView('en');
    const { rerender } = render(tree(view, setView));
    const topic = d.events[0]!.topics[0]!;
    const matching = d.events.filter((e) => e.topics.includes(topic));
    const shownRows = () =>
      [...document.querySelectorAll('[data-event-id]')].filter((r) => !r.closest('[hidden]'));
    rerender(tree({ ...view, topic: [topic] }, setView));
    expect(shownRows().map((r) => r.getAttribute('data-event-id'))).toEqual(matching.map((e) => e.id));
    expect(document.querySelectorAll('[hidden] [data-event-id]').length).toBe(d.events.length);
    await waitFor(() => expect(document.querySelectorAll('[hidden]').length).toBe(0));
    expect(document.querySelectorAll('[data-event-id]').length).toBe(matching.length);
  });

  it('a language change draws every row in the new language', () => {
    const setView = vi.fn();
    const view = defaultView('en');
    const { rerender } = render(tree(view, setView));
    rerender(tree({ ...view, lang: 'es' }, setView));
    expect(screen.getByRole('button', { name: d.events[0]!.title.es })).toBeTruthy();
  });
});
