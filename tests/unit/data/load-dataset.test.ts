import { describe, expect, it, vi } from 'vitest';
import { DatasetError, loadDataset } from '@/data/load-dataset';
import mini from '../../fixtures/mini-dataset.json';

const respond = (body: string, init: ResponseInit = { status: 200 }) =>
  vi.fn<typeof fetch>(async () => new Response(body, init));

describe('loadDataset', () => {
  it('returns the indexed dataset', async () => {
    const d = await loadDataset('/data.json', respond(JSON.stringify(mini)));
    expect(d.events).toHaveLength(3);
    expect(d.actorById.get('petro')?.name).toBe('Gustavo Petro');
    expect(d.known.events.has('2026-01-07-phone-call')).toBe(true);
  });

  it('reports a network error', async () => {
    const fail = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(loadDataset('/data.json', fail)).rejects.toThrow(/network error: Failed to fetch/);
  });

  it('reports an HTTP error', async () => {
    await expect(
      loadDataset('/data.json', respond('', { status: 404, statusText: 'Not Found' })),
    ).rejects.toThrow('HTTP 404 Not Found');
  });

  it('reports text that is not JSON', async () => {
    await expect(loadDataset('/data.json', respond('<html>'))).rejects.toThrow('not valid JSON');
  });

  it('reports a shape problem first: unknown ids are checked only once the shape is valid', async () => {
    const broken = structuredClone(mini);
    broken.events[0]!.actors[0] = 'trumpp';
    broken.quotes[0]!.date = '2025-02-30';
    const error = await loadDataset('/data.json', respond(JSON.stringify(broken))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).problems).toEqual([
      { path: 'quotes[0].date', message: 'not a real calendar date from 1900 to 2100' },
    ]);
  });

  it('lists every unknown id of a dataset whose shape is valid', async () => {
    const broken = structuredClone(mini);
    broken.events[0]!.actors[0] = 'trumpp';
    broken.quotes[0]!.speaker = 'nobody';
    const error = await loadDataset('/data.json', respond(JSON.stringify(broken))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).problems.map((p) => p.path).sort()).toEqual([
      'events[0].actors[0]',
      'quotes[0].speaker',
    ]);
  });
});
