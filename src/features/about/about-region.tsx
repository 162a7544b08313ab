/**
 * About and method, then the corrections log and the open questions from the data. Below the fold,
 * so its code loads after first paint (default export for lazyChunk).
 */
import { useTranslation } from 'react-i18next';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { Lang } from '@/i18n/lang';
import { PanelBoundary } from '@/components/panel-boundary';
import { AboutSection } from './about-section';
import { AboutTheData } from './about-the-data';

type Props = { dataset: IndexedDataset; lang: Lang; pageUrl: string };

export default function AboutRegion({ dataset, lang, pageUrl }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <PanelBoundary name={t('sections.about')}>
        <AboutSection dataset={dataset} lang={lang} pageUrl={pageUrl} />
      </PanelBoundary>
      <div className="mx-auto mt-6 max-w-3xl">
        <PanelBoundary name={t('about.openTitle')}>
          <AboutTheData dataset={dataset} lang={lang} />
        </PanelBoundary>
      </div>
    </>
  );
}
