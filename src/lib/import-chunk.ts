/**
 * Loading code chunks so that a failed load can be tried again. A browser keeps a failed
 * dynamic import (the same address rejects again without a new request), so a second try asks
 * for the same file under a new address: `…/chunk-abc.js?retry=…`.
 */

/** The address of the chunk named in a failed import's message, if any. */
export function failedChunkUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  const match = /(https?:\/\/[^\s'"]+?\.(?:m?js|css))(?:[?#][^\s'"]*)?(?=$|[\s'"])/.exec(message);
  return match ? match[1]! : null;
}

/** Loads a chunk; if that fails, loads the same file once more under a fresh address. */
export async function importChunk<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const url = failedChunkUrl(error);
    if (!url || url.endsWith('.css')) throw error;
    return (await import(/* @vite-ignore */ `${url}?retry=${Date.now()}`)) as T;
  }
}

const RELOADED_KEY = 'rift-tracker:reloaded-for';

/**
 * After a new deployment, an open page may ask for a chunk whose name no longer exists (a 404).
 * Reloads the page once to get the new names; a network failure (no answer) is left to the
 * panel's Retry. `sessionStorage` remembers the reload, so a chunk missing after it cannot loop.
 */
export function reloadOnStaleChunks(win: Window = window) {
  win.addEventListener('vite:preloadError', (event) => {
    const url = failedChunkUrl((event as Event & { payload?: unknown }).payload);
    if (!url) return;
    void fetch(url, { method: 'HEAD', cache: 'no-store' }).then(
      (response) => {
        if (response.status !== 404 && response.status !== 410) return;
        if (win.sessionStorage.getItem(RELOADED_KEY) === url) return;
        win.sessionStorage.setItem(RELOADED_KEY, url);
        win.location.reload();
      },
      () => undefined,
    );
  });
}
