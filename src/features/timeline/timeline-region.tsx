/**
 * The timeline's place on the page. vis-timeline loads with import() in its own chunk, so it
 * never delays first paint; a placeholder of the same size holds its place until then.
 */
import { Suspense } from 'react';
import { lazyChunk } from '@/components/lazy-chunk';
import { useTranslation } from 'react-i18next';
import type { Event } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { ViewState } from '@/view-state/defaults';
import type { SetView } from '@/view-state/use-view-state';

const TimelineView = lazyChunk(() => import('./timeline-view'));

type Props = { dataset: IndexedDataset; events: readonly Event[]; view: ViewState; setView: SetView };

export function TimelineRegion(props: Props) {
  const { t } = useTranslation('timeline');
  return (
    <section aria-labelledby="timeline-heading" className="min-w-0">
      <h2 id="timeline-heading" className="mb-2 text-lg font-bold">
        {t('heading')}
      </h2>
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
    </section>
  );
}
