/**
 * The app itself, loaded by main.tsx once the first screen has been painted: the address settled,
 * the texts and (for the link the first screen shows) the dataset loaded, then the whole page drawn
 * over the first screen in a transition.
 */
import { startTransition, StrictMode, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { Providers } from './providers';
import { createQueryClient } from './query-client';
import { datasetQuery } from '@/data/dataset-query';
import { createI18n, loadCatalogs } from '@/i18n/setup';
import { parseView } from '@/view-state/url-codec';
import { settleAddress } from '@/view-state/settle-address';
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
// screen over it; any other view starts at once (the app's own loading view replaces it; until
// then public/first-screen-view.js has hidden the written screen, see styles.css).
const root = document.getElementById('root')!;
const queryClient = createQueryClient();
if (root.dataset.firstScreen === lang && !view.embed && !view.event && !view.data)
  await queryClient.prefetchQuery(datasetQuery());
await catalogs;

// A panel that fails shows its own message (PanelBoundary); the console gets the error once.
const onCaughtError = (error: unknown, info: { componentStack?: string }) =>
  console.error('Rift Tracker: a panel failed and shows Retry:', error, info.componentStack ?? '');

/** Once the app's first screen is committed, the written one (hidden or not) is gone for good. */
function FirstScreenReplaced() {
  useLayoutEffect(() => {
    delete root.dataset.firstScreen;
    document.documentElement.classList.remove('first-screen-off');
  }, []);
  return null;
}

// A transition: the first render of the whole page yields to the browser every few milliseconds
// (no long task holds up input or paint while it runs); the first screen stays until it commits.
const app = createRoot(root, { onCaughtError });
startTransition(() =>
  app.render(
    <StrictMode>
      <Providers queryClient={queryClient} i18n={createI18n(lang)}>
        <App ignoredAtLoad={ignoredAtLoad} />
      </Providers>
      <FirstScreenReplaced />
    </StrictMode>,
  ),
);
