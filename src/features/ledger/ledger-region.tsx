/** The threat ledger's section; its code loads after first paint, like the charts'. */
import { Suspense } from 'react';
import { lazyChunk } from '@/components/lazy-chunk';
import { useTranslation } from 'react-i18next';
import type { Event } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { ViewState } from '@/view-state/defaults';
import type { SetView } from '@/view-state/use-view-state';

type Props = { dataset: IndexedDataset; events: readonly Event[]; view: ViewState; setView: SetView };

const LedgerPanel = lazyChunk(() => import('./ledger-panel'));

export function LedgerRegion(props: Props) {
  const { t } = useTranslation('ledger');
  return (
    <section aria-labelledby="ledger-heading" className="min-w-0" data-testid="ledger">
      <h2 id="ledger-heading" className="text-lg font-bold">
        {t('heading')}
      </h2>
      <p className="mb-2 text-sm text-slate-600">{t('intro')}</p>
      <Suspense
        fallback={
          <p className="text-sm text-slate-600" aria-busy="true">
            {t('loading')}
          </p>
        }
      >
        <LedgerPanel {...props} />
      </Suspense>
    </section>
  );
}
