// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, render, screen } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { App } from '@/app/app';
import { Providers } from '@/app/providers';
import { createI18n } from '@/i18n/setup';
import mini from '../../fixtures/mini-dataset.json';

// Loading the dataset imports and runs the validator: on a busy machine that passes findBy's 1 s default.
configure({ asyncUtilTimeout: 10_000 });

// Every test gets a fresh QueryClient with retries off (TanStack Query's testing guide).
function renderApp(search = '') {
  window.history.replaceState(null, '', `/${search}`);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <Providers queryClient={queryClient} i18n={createI18n('en')}>
      <App />
    </Providers>,
  );
}
const respondWith = (...bodies: Array<() => Response>) => {
  const fetchMock = vi.fn<typeof fetch>();
  for (const body of bodies) fetchMock.mockImplementationOnce(async () => body());
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('App', () => {
  it('shows a loading state, then the story', async () => {
    respondWith(() => Response.json(mini));
    renderApp();
    expect(screen.getByText('Loading the story…')).toBeTruthy();
    expect(await screen.findByText('3 of 3 events · 2 of 2 quotes')).toBeTruthy();
    expect(
      await screen.findByRole('button', { name: 'Petro turns back two US deportation flights' }),
    ).toBeTruthy();
  });

  it('shows the problems of a broken dataset, and Retry fetches again', async () => {
    const broken = structuredClone(mini);
    broken.events[0]!.actors[0] = 'trumpp';
    const fetchMock = respondWith(
      () => Response.json(broken),
      () => Response.json(mini),
    );
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The dataset has 1 problem');
    expect(alert.textContent).toContain('events[0].actors[0]: unknown actor "trumpp"');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('3 of 3 events · 2 of 2 quotes')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('says only that a dataset that is not JSON is not valid JSON', async () => {
    respondWith(() => new Response('<!doctype html><title>Not here</title>', { status: 200 }));
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The dataset is not valid JSON');
    expect(alert.textContent).not.toMatch(/fetched|connection/);
  });

  it('applies the filters in the link', async () => {
    respondWith(() => Response.json(mini));
    renderApp('?actor=us-treasury');
    expect(await screen.findByText('1 of 3 events · 1 of 2 quotes')).toBeTruthy();
  });
});
