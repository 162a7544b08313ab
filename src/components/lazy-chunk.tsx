/**
 * React.lazy for a code chunk that can be asked for again. React keeps a lazy component's failed
 * load for good, so a chunk that failed is given a fresh lazy component when a panel's Retry runs
 * (retryFailedChunks); the load itself goes through importChunk, which asks for the file under a
 * new address when the browser holds on to the failure.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { importChunk } from '@/lib/import-chunk';

type Loader<P> = () => Promise<{ default: ComponentType<P> }>;
const failed = new Set<() => void>();

/** Gives every chunk that failed to load a fresh start (the next render loads it again). */
export function retryFailedChunks() {
  const resets = [...failed];
  failed.clear();
  resets.forEach((reset) => reset());
}

export function lazyChunk<P extends object>(load: Loader<P>): ComponentType<P> {
  let Lazy: LazyExoticComponent<ComponentType<P>>;
  const start = () => {
    Lazy = lazy(() =>
      importChunk(load).catch((error: unknown) => {
        failed.add(start);
        throw error;
      }),
    );
  };
  start();
  function Chunk(props: P) {
    return <Lazy {...props} />;
  }
  return Chunk;
}
