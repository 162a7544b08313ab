import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { datasetQuery } from './data/dataset-query';
import { createI18n, loadCatalogs } from './i18n/setup';
import { parseView } from './view-state/url-codec';
import { settleAddress } from './view-state/settle-address';
import { reloadOnStaleChunks } from './lib/import-chunk';
import { afterNextPaint } from './lib/use-after-paint';
import './styles.css';

// After a new deployment, a chunk name this page knows may be gone: reload once to get the new ones.
reloadOnStaleChunks();

// Before anything reads the link: old formats migrated, invalid values dropped, lists sorted, in
// one replaceState that keeps the page's own origin and path. Ids are checked once the dataset is here.
const ignoredAtLoad = settleAddress();

// Start in the link's language so the first paint is already in it (Spanish texts load first;
// English ones come with the app).
const { view } = parseView(window.location.search);
const { lang } = view;
document.documentElement.lang = lang;
// If they fail to load, the app starts in English and tries again (LanguageProvider).
const catalogs = loadCatalogs(lang).catch(() => {});

// The build wrote the story's first screen (English, bundled data, no event open) into the page. For a link that
// shows exactly that screen, it stays until the dataset is here and the app can draw the same
// screen over it; any other view starts at once (the app's own loading view replaces it).
const root = document.getElementById('root')!;
const queryClient = createQueryClient();
if (root.dataset.firstScreen === lang && !view.embed && !view.event && !view.data)
  // The dataset, and a painted frame of that first screen (the browser may otherwise hold its first
  // paint until the app has drawn over it, making the reader wait for the script).
  await Promise.all([queryClient.prefetchQuery(datasetQuery()), new Promise<void>((r) => afterNextPaint(r))]);
await catalogs;

// A panel that fails shows its own message (PanelBoundary); the console gets the error once.
const onCaughtError = (error: unknown, info: { componentStack?: string }) =>
  console.error('Rift Tracker: a panel failed and shows Retry:', error, info.componentStack ?? '');

// A transition: the first render of the whole page yields to the browser every few milliseconds
// (no long task holds up input or paint while it runs); the first screen stays until it commits.
const app = createRoot(root, { onCaughtError });
startTransition(() =>
  app.render(
    <StrictMode>
      <Providers queryClient={queryClient} i18n={createI18n(lang)}>
        <App ignoredAtLoad={ignoredAtLoad} />
      </Providers>
    </StrictMode>,
  ),
);
