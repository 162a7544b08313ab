/** The place the zoomable timeline will take, reserved at its size so the page does not jump. */
import { useTranslation } from 'react-i18next';
import type { Event } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { ViewState } from '@/view-state/defaults';
import type { SetView } from '@/view-state/use-view-state';

type Props = { dataset: IndexedDataset; events: readonly Event[]; view: ViewState; setView: SetView };

export function TimelineRegion(_props: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="timeline-heading" className="min-w-0">
      <h2 id="timeline-heading" className="mb-2 text-lg font-bold">
        {t('timeline.heading')}
      </h2>
      <div className="flex h-72 items-center justify-center rounded-lg border border-dashed border-slate-300 bg-white p-4 text-center text-sm text-slate-600">
        {t('timeline.pending')}
      </div>
    </section>
  );
}
