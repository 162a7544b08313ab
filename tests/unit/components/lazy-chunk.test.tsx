// @vitest-environment jsdom
import { Suspense, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { lazyChunk } from '@/components/lazy-chunk';

afterEach(cleanup);

const Panel = ({ name }: { name: string }) => <p>panel {name}</p>;
/** A chunk whose code arrives when the test says so. */
function deferredChunk() {
  let arrive: () => void = () => {};
  const load = vi.fn(
    () =>
      new Promise<{ default: typeof Panel }>((resolve) => {
        arrive = () => resolve({ default: Panel });
      }),
  );
  return { chunk: lazyChunk(load), load, arrive: () => act(async () => arrive()) };
}
const inSuspense = (node: React.ReactNode) => <Suspense fallback={<p>loading</p>}>{node}</Suspense>;

describe('lazyChunk', () => {
  it('shows the fallback until the code of a chunk not loaded ahead arrives, then the panel', async () => {
    const { chunk: Chunk, arrive } = deferredChunk();
    render(inSuspense(<Chunk name="a" />));
    expect(screen.getByText('loading')).toBeTruthy();
    await arrive();
    expect(await screen.findByText('panel a')).toBeTruthy();
  });

  it('draws a preloaded chunk in the very render that first asks for it, with no fallback', async () => {
    const { chunk: Chunk, load, arrive } = deferredChunk();
    Chunk.preload();
    await arrive();
    render(inSuspense(<Chunk name="b" />));
    expect(screen.getByText('panel b')).toBeTruthy();
    expect(screen.queryByText('loading')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keeps a panel drawn before its code was preloaded mounted (its state survives the preload)', async () => {
    const { chunk: Chunk, arrive } = deferredChunk();
    function Holder() {
      const [n, setN] = useState(0);
      return (
        <>
          <button onClick={() => setN(n + 1)}>again</button>
          {inSuspense(<Chunk name={`n${n}`} />)}
        </>
      );
    }
    render(<Holder />);
    await arrive();
    const first = await screen.findByText('panel n0');
    Chunk.preload();
    await act(async () => screen.getByText('again').click());
    expect(screen.getByText('panel n1')).toBe(first);
  });

  it('asks for the code only once when it is already here', async () => {
    const { chunk: Chunk, load, arrive } = deferredChunk();
    Chunk.preload();
    await arrive();
    Chunk.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
