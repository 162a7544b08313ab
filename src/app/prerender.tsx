/**
 * Build-time only (scripts/vite-plugin-prerender.ts loads it through Vite's SSR loader): the first
 * screen of the bundled dataset, in English, as HTML. Never part of the browser bundle.
 */
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { indexDataset } from '@/data/indexed-dataset';
import type { Dataset } from '@/data/schema';
import { createI18n } from '@/i18n/setup';
import { FirstScreen } from './first-screen';

export function renderFirstScreen(dataset: Dataset): string {
  return renderToString(
    <I18nextProvider i18n={createI18n('en')}>
      <FirstScreen dataset={indexDataset(dataset)} lang="en" />
    </I18nextProvider>,
  );
}
