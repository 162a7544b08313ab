import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { createI18n } from './i18n/setup';
import { parseView } from './view-state/url-codec';
import { settleAddress } from './view-state/settle-address';
import './styles.css';

// Before anything reads the link: old formats migrated, invalid values dropped, lists sorted, in
// one replaceState that keeps the page's own origin and path. Ids are checked once the dataset is here.
const ignoredAtLoad = settleAddress();

// Start in the link's language so the first paint is already in it.
const { lang } = parseView(window.location.search).view;
document.documentElement.lang = lang;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers queryClient={createQueryClient()} i18n={createI18n(lang)}>
      <App ignoredAtLoad={ignoredAtLoad} />
    </Providers>
  </StrictMode>,
);
