/**
 * The timeline's place on the page. Wide screens get the horizontal timeline: vis-timeline loads
 * with import() in its own chunk, so it never delays first paint; a placeholder of the same size
 * holds its place until then. Phones get the vertical chronology, and never load that chunk.
 */
import { Suspense } from 'react';
import { lazyChunk } from '@/components/lazy-chunk';
import { useTranslation } from 'react-i18next';
import type { Event } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { ViewState } from '@/view-state/defaults';
import type { SetView } from '@/view-state/use-view-state';
import { TimelineChronology } from './timeline-chronology';
import { useNarrow } from './use-narrow';

const TimelineView = lazyChunk(() => import('./timeline-view'));

type Props = { dataset: IndexedDataset; events: readonly Event[]; view: ViewState; setView: SetView };

export function TimelineRegion(props: Props) {
  const { t } = useTranslation('timeline');
  const narrow = useNarrow();
  return (
    <section aria-labelledby="timeline-heading" className="min-w-0">
      <h2 id="timeline-heading" className="mb-2 text-lg font-bold">
        {t('heading')}
      </h2>
      {narrow ? (
        <TimelineChronology {...props} />
      ) : (
        <Suspense
          fallback={
            <div
              aria-busy="true"
              className="flex h-80 items-center justify-center rounded-lg border border-slate-200 bg-white text-sm text-slate-600"
            >
              {t('loading')}
            </div>
          }
        >
          <TimelineView {...props} />
        </Suspense>
      )}
    </section>
  );
}
