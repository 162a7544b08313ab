/**
 * React.lazy for a code chunk that can be asked for again. React keeps a lazy component's failed
 * load for good, so a chunk that failed is given a fresh lazy component when a panel's Retry runs
 * (retryFailedChunks); the load itself goes through importChunk, which asks for the file under a
 * new address when the browser holds on to the failure.
 */
import { lazy, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { importChunk } from '@/lib/import-chunk';

type Loader<P> = () => Promise<{ default: ComponentType<P> }>;
const failed = new Set<() => void>();

/** Gives every chunk that failed to load a fresh start (the next render loads it again). */
export function retryFailedChunks() {
  const resets = [...failed];
  failed.clear();
  resets.forEach((reset) => reset());
}

/** A lazy component whose code can also be fetched ahead of its first use. */
export type Chunk<P> = ComponentType<P> & { preload: () => void };

export function lazyChunk<P extends object>(load: Loader<P>): Chunk<P> {
  let Lazy: LazyExoticComponent<ComponentType<P>>;
  // The component, once its code is here.
  let ready: ComponentType<P> | null = null;
  const fetchCode = () =>
    importChunk(load).then((module) => {
      ready = module.default;
      return module;
    });
  const start = () => {
    Lazy = lazy(() =>
      fetchCode().catch((error: unknown) => {
        failed.add(start);
        throw error;
      }),
    );
  };
  start();
  function Chunk(props: P) {
    // Chosen once per place: code loaded ahead draws at once, in the render that first asks for it
    // (React.lazy would suspend for a turn even then); a place first drawn through Lazy keeps it,
    // since changing the component would remount what it holds.
    const [Ready] = useState(() => ready);
    return Ready ? <Ready {...props} /> : <Lazy {...props} />;
  }
  /** Fetches the code now (a failure is left for the first render to report). */
  Chunk.preload = () => {
    if (!ready) fetchCode().catch(() => {});
  };
  return Chunk;
}
