import { describe, expect, it, vi } from 'vitest';
import { fetchDataset, readCapped, readDatasetFile } from '@/data/read-dataset';
import mini from '../../fixtures/mini-dataset.json';

const json = JSON.stringify(mini);
const stream = (chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (const s of chunks) c.enqueue(new TextEncoder().encode(s));
      c.close();
    },
  });

describe('readCapped', () => {
  it('reads a body in chunks, split inside a multi-byte letter', async () => {
    const bytes = new TextEncoder().encode('{"a":"Bogotá"}');
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, 12));
        c.enqueue(bytes.slice(12));
        c.close();
      },
    });
    expect(await readCapped(new Response(body), 100)).toBe('{"a":"Bogotá"}');
  });

  it('refuses a body whose Content-Length is over the cap, before reading it', async () => {
    const response = new Response('x', { headers: { 'content-length': '30000000' } });
    await expect(readCapped(response)).rejects.toThrow('larger than 20 MB');
  });

  it('stops reading a body that grows past the cap whatever its headers say', async () => {
    const response = new Response(stream(['a'.repeat(60), 'b'.repeat(60)]));
    await expect(readCapped(response, 100)).rejects.toThrow('larger than');
  });
});

describe('fetchDataset', () => {
  it('fetches without cookies or referrer and returns the indexed dataset', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => new Response(json));
    const d = await fetchDataset('https://news.example/f.json', fetchImpl);
    expect(d.events).toHaveLength(3);
    expect(fetchImpl).toHaveBeenCalledWith('https://news.example/f.json', {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      mode: 'cors',
    });
  });

  it('says the host may not allow reading when the fetch fails (CORS)', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(fetchDataset('https://x.example/f.json', fetchImpl)).rejects.toThrow(
      /may not allow other sites/,
    );
  });

  it('lists every problem of a dataset that breaks the contract', async () => {
    const broken = { ...mini, events: [{ ...mini.events[0], cameo: 'x' }] };
    const fetchImpl = vi.fn<typeof fetch>(async () => new Response(JSON.stringify(broken)));
    await expect(fetchDataset('https://x.example/f.json', fetchImpl)).rejects.toMatchObject({
      problems: [{ path: 'events[0].cameo', message: 'a CAMEO code of 3 or 4 digits' }],
    });
  });
});

describe('readDatasetFile', () => {
  it('reads a file the reader picked', async () => {
    const d = await readDatasetFile(new Blob([json]));
    expect(d.actorById.get('petro')?.name).toBe('Gustavo Petro');
  });

  it('refuses a file over the cap without reading it', async () => {
    await expect(readDatasetFile(new Blob(['x'.repeat(200)]), 100)).rejects.toThrow('larger than');
  });

  it('says when a file is not JSON', async () => {
    await expect(readDatasetFile(new Blob(['<html>']))).rejects.toThrow('not valid JSON');
  });
});
