// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { App } from '@/app/app';
import { Providers } from '@/app/providers';
import { createI18n } from '@/i18n/setup';
import mini from '../../fixtures/mini-dataset.json';

configure({ asyncUtilTimeout: 10_000 });

/** How many times each chart's card and its download buttons have rendered, by chart id. */
const renders = vi.hoisted(() => new Map<string, number>());
const count = (key: string) => renders.set(key, (renders.get(key) ?? 0) + 1);
vi.mock('@/features/charts/kit/chart-card', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/features/charts/kit/chart-card')>();
  return {
    ...real,
    ChartCard: (props: Parameters<typeof real.ChartCard>[0]) => {
      count(props.id);
      return real.ChartCard(props);
    },
  };
});
vi.mock('@/features/charts/kit/chart-downloads', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/features/charts/kit/chart-downloads')>();
  return {
    ...real,
    ChartDownloads: (props: Parameters<typeof real.ChartDownloads>[0]) => {
      count(`${props.id} downloads`);
      return real.ChartDownloads(props);
    },
  };
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  renders.clear();
});

describe('charts on a filter change', () => {
  it('redraws the tension index, which follows the filters, and not the tariff, flight and aid charts', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json(mini)),
    );
    window.history.replaceState(null, '', '/');
    render(
      <Providers
        queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
        i18n={createI18n('en')}
      >
        <App />
      </Providers>,
    );
    const tension = await screen.findByTestId('chart-tension');
    await screen.findByTestId('chart-aid');
    const before = new Map(renders);
    expect(before.get('tariffs')).toBeGreaterThan(0);

    const topics = screen.getAllByRole('group', { name: 'Topics' })[0]!;
    fireEvent.click(within(topics).getAllByRole('button')[0]!);
    expect(await screen.findByText(/^[12] of 3 events/)).toBeTruthy();
    // The tension index names the filtered events once it has caught up.
    await waitFor(() => expect(tension.textContent).toMatch(/the filters show \(of 3\)/));

    expect(renders.get('tension')).toBeGreaterThan(before.get('tension')!);
    expect(renders.get('tariffs')).toBe(before.get('tariffs'));
    expect(renders.get('flights')).toBe(before.get('flights'));
    expect(renders.get('aid')).toBe(before.get('aid'));
    for (const id of ['tariffs', 'flights', 'aid'])
      expect(renders.get(`${id} downloads`), id).toBe(before.get(`${id} downloads`));
  });
});
