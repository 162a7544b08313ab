// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { PanelBoundary } from '@/components/panel-boundary';
import { createI18n, loadCatalogs } from '@/i18n/setup';

// Spanish texts load on demand (English ones come with the app).
await loadCatalogs('es');

let broken = true;
function Fragile() {
  if (broken) throw new RangeError('Invalid time value');
  return <p>Flights drawn</p>;
}

afterEach(() => {
  cleanup();
  broken = true;
});

describe('PanelBoundary', () => {
  it('shows the failing panel’s message and Retry in its place; its neighbour keeps working', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <I18nextProvider i18n={createI18n('en')}>
        <PanelBoundary name="Deportation flights">
          <Fragile />
        </PanelBoundary>
        <PanelBoundary name="Tariffs">
          <p>Tariffs drawn</p>
        </PanelBoundary>
      </I18nextProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Deportation flights could not be shown.');
    expect(alert.textContent).toContain('Something in this panel went wrong');
    expect(screen.getByText('Tariffs drawn')).toBeTruthy();

    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('Flights drawn')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so in Spanish', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <I18nextProvider i18n={createI18n('es')}>
        <PanelBoundary name="Vuelos de deportación">
          <Fragile />
        </PanelBoundary>
      </I18nextProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('No se pudo mostrar «Vuelos de deportación».');
    expect(screen.getByRole('button', { name: 'Reintentar' })).toBeTruthy();
  });
});
