/**
 * The first screen as the build writes it into index.html (scripts/vite-plugin-prerender.ts): the
 * page's header, the section bar and the story's opening (headline, standfirst, first key moment),
 * drawn from the bundled dataset with the same components and layout as the app's own header
 * (app.tsx, FullHeader), so the largest text is on screen before any script runs. Below it, blocks
 * that hold the panels' place. When the app starts it draws the same screen over it (app/start.tsx).
 */
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { Lang } from '@/view-state/defaults';
import { SiteHeader } from '@/features/header/site-header';
import { LanguageSwitch } from '@/features/header/language-switch';
import { useTranslation } from 'react-i18next';
import { ShareButton } from '@/features/header/share-button';
import { SectionNav } from '@/features/section-nav/section-nav';
import { StorySection } from '@/features/story/story-section';
import { sideTones } from '@/lib/side-colors';
import { taglineOf } from '@/lib/tagline';
import { LoadingView } from './dataset-status';

type Props = { dataset: IndexedDataset; lang: Lang };

// Until the app has started, the controls do nothing (the app's own replace them; links are
// made from the address, which the build does not know).
const inert = () => {};

export function FirstScreen({ dataset, lang }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <div id="top" tabIndex={-1} className="outline-none" />
      {/* The tagline and the sides' colours as the app draws them, so the page does not move when
          the app's header replaces this one. How old the data is depends on the day it is read:
          the app adds it. */}
      <SiteHeader
        tagline={taglineOf(dataset, lang, t)}
        colors={[sideTones(dataset.sides[0]).bright, sideTones(dataset.sides[1]).bright]}
        lang={lang}
        controls={
          <>
            <LanguageSwitch lang={lang} onChange={inert} />
            <div className="hidden sm:block">
              {/* The Embed button's face (its dialog needs the page's address). */}
              <button
                type="button"
                className="min-h-9 rounded-md border border-slate-500 px-3 text-sm font-semibold text-white hover:bg-slate-700"
              >
                {t('embed.button')}
              </button>
            </div>
            <ShareButton link="" />
          </>
        }
      />
      <SectionNav />
      <div id="story" tabIndex={-1} className="outline-none">
        <StorySection dataset={dataset} lang={lang} selected={null} onStep={inert} onOpen={inert} />
      </div>
      <LoadingView />
    </>
  );
}
