// @vitest-environment jsdom
import { memo } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { defaultView, type ViewState } from '@/view-state/defaults';
import { FixedViewProvider, useControlsPick, useControlsView } from '@/view-state/view-context';

afterEach(cleanup);

const pickRendered = vi.fn();
const wholeRendered = vi.fn();
// Memoised, as the app's readers are: only the store makes them re-render.
const PicksTopic = memo(function PicksTopic() {
  pickRendered();
  return <p data-testid="topic">{useControlsPick('topic').topic.join(',') || 'none'}</p>;
});
const ReadsAll = memo(function ReadsAll() {
  wholeRendered();
  return <p data-testid="q">{useControlsView().q || 'none'}</p>;
});
const renders = () => ({ pick: pickRendered.mock.calls.length, whole: wholeRendered.mock.calls.length });
const tree = (view: ViewState) => (
  <FixedViewProvider view={view} setView={vi.fn()}>
    <PicksTopic />
    <ReadsAll />
  </FixedViewProvider>
);

describe('the controls’ view', () => {
  it('re-renders a reader of some parameters only when one of them changes', () => {
    const view = defaultView('en');
    const { rerender } = render(tree(view));
    pickRendered.mockClear();
    wholeRendered.mockClear();
    rerender(tree({ ...view, q: 'tariff' }));
    expect(screen.getByTestId('q').textContent).toBe('tariff');
    expect(renders()).toEqual({ pick: 0, whole: 1 });
    rerender(tree({ ...view, q: 'tariff', topic: ['visas'] }));
    expect(screen.getByTestId('topic').textContent).toBe('visas');
    expect(renders()).toEqual({ pick: 1, whole: 2 });
  });
});
