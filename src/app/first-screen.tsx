/**
 * The first screen as the build writes it into index.html (scripts/vite-plugin-prerender.ts): the
 * page's header with the data's date and the story's opening, drawn from the bundled dataset with
 * the same components the app uses, so the largest text is on screen before any script runs.
 * Below it, blocks of the height the panels will take. When the app starts it replaces all of
 * it with the same markup (main.tsx), so nothing on screen moves.
 */
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { Lang } from '@/view-state/defaults';
import { SiteHeader } from '@/features/header/site-header';
import { LoadingView } from './dataset-status';

type Props = { dataset: IndexedDataset; lang: Lang };

export function FirstScreen({ dataset, lang }: Props) {
  return (
    <>
      <SiteHeader updated={dataset.updated} dataTo={dataset.lastDate} lang={lang} />
      <LoadingView />
    </>
  );
}
