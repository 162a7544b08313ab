import { describe, expect, it, vi } from 'vitest';
import { failedChunkUrl, importChunk } from '@/lib/import-chunk';

describe('failedChunkUrl', () => {
  it.each<[string, unknown, string | null]>([
    [
      "Chromium's message",
      new TypeError(
        'Failed to fetch dynamically imported module: http://127.0.0.1:4204/assets/timeline-view-Ab1.js',
      ),
      'http://127.0.0.1:4204/assets/timeline-view-Ab1.js',
    ],
    [
      "Firefox's message",
      new TypeError(
        'error loading dynamically imported module: https://x.example/app/assets/charts-panel-9z.js',
      ),
      'https://x.example/app/assets/charts-panel-9z.js',
    ],
    [
      'a chunk already retried',
      new Error('Failed to fetch dynamically imported module: https://x.example/assets/a.js?retry=17'),
      'https://x.example/assets/a.js',
    ],
    [
      "Vite's CSS preload",
      new Error('Unable to preload CSS for https://x.example/assets/a.css'),
      'https://x.example/assets/a.css',
    ],
    ['an error in the module itself', new Error('Invalid time value'), null],
    ['not an error', 'nothing', null],
  ])('%s', (_, error, expected) => {
    expect(failedChunkUrl(error)).toBe(expected);
  });
});

describe('importChunk', () => {
  it('returns the chunk when it loads', async () => {
    await expect(importChunk(async () => ({ ok: 1 }))).resolves.toEqual({ ok: 1 });
  });

  it('rethrows a failure that names no chunk, without a second try', async () => {
    const load = vi.fn(async () => {
      throw new Error('boom');
    });
    await expect(importChunk(load)).rejects.toThrow('boom');
    expect(load).toHaveBeenCalledTimes(1);
  });
});
