/**
 * The timeline's place on the page. Wide screens get the horizontal timeline: vis-timeline loads
 * with import() in its own chunk, so it never delays first paint; a placeholder of the same size
 * holds its place until then. Phones get the vertical chronology (its own, smaller chunk), and never load that one.
 */
import { memo, Suspense } from 'react';
import { lazyChunk } from '@/components/lazy-chunk';
import { useTranslation } from 'react-i18next';
import { useView } from '@/view-state/view-context';
import { useSelection } from '@/view-state/selection-context';
import { NARROW_QUERY, useNarrow } from './use-narrow';
import { useAfterPaint } from '@/lib/use-after-paint';

const TimelineView = lazyChunk(() => import('./timeline-view'));
// The phone chronology is below the story too: its code loads after first paint, starting at once on
// a phone (beside the dataset), so it is there when the panels first draw and a section jump made
// at once does not land before it grows. Asked for in the next task: the preloads of its files are
// kept out of the long task that runs the app's code.
const chronologyCode = () => import('./timeline-chronology');
if (typeof window !== 'undefined' && window.matchMedia?.(NARROW_QUERY).matches)
  setTimeout(() => chronologyCode().catch(() => {}), 0);
const TimelineChronology = lazyChunk(async () => ({ default: (await chronologyCode()).TimelineChronology }));

/** The timeline reads the view and the selection itself (no props): the app only places it. */
export const TimelineRegion = memo(function TimelineRegion() {
  const { t } = useTranslation('timeline');
  // The timeline draws what the lists painted a frame ago, so it never holds up their paint.
  const [events, view] = useAfterPaint(useSelection().events, useView());
  const props = { events, view };
  const narrow = useNarrow();
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
        {narrow ? <TimelineChronology {...props} /> : <TimelineView {...props} />}
      </Suspense>
    </section>
  );
});
