// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { defaultView } from '@/view-state/defaults';
import { FixedViewProvider, ShownViewContext, UrgentView, useView } from '@/view-state/view-context';

function ShownEvent() {
  return <p data-testid="shown">{useView().event ?? 'none'}</p>;
}

afterEach(cleanup);

describe('UrgentView', () => {
  it('gives the panel below it the view as of the input, not the deferred one the lists draw', () => {
    const controls = { ...defaultView('en'), event: 'chosen-now' };
    const deferred = { ...defaultView('en'), event: 'chosen-before' };
    render(
      <FixedViewProvider view={controls} setView={vi.fn()}>
        <ShownViewContext.Provider value={deferred}>
          <ShownEvent />
          <UrgentView>
            <ShownEvent />
          </UrgentView>
        </ShownViewContext.Provider>
      </FixedViewProvider>,
    );
    expect(screen.getAllByTestId('shown').map((p) => p.textContent)).toEqual(['chosen-before', 'chosen-now']);
  });
});
