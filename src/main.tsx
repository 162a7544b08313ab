import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { createI18n } from './i18n/setup';
import { parseView } from './view-state/url-codec';
import { settleAddress } from './view-state/settle-address';
import { reloadOnStaleChunks } from './lib/import-chunk';
import './styles.css';

// After a new deployment, a chunk name this page knows may be gone: reload once to get the new ones.
reloadOnStaleChunks();

// Before anything reads the link: old formats migrated, invalid values dropped, lists sorted, in
// one replaceState that keeps the page's own origin and path. Ids are checked once the dataset is here.
const ignoredAtLoad = settleAddress();

// Start in the link's language so the first paint is already in it.
const { lang } = parseView(window.location.search).view;
document.documentElement.lang = lang;

// A panel that fails shows its own message (PanelBoundary); the console gets the error once.
const onCaughtError = (error: unknown, info: { componentStack?: string }) =>
  console.error('Rift Tracker: a panel failed and shows Retry:', error, info.componentStack ?? '');

createRoot(document.getElementById('root')!, { onCaughtError }).render(
  <StrictMode>
    <Providers queryClient={createQueryClient()} i18n={createI18n(lang)}>
      <App ignoredAtLoad={ignoredAtLoad} />
    </Providers>
  </StrictMode>,
);
