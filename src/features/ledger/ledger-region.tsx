/** The threat ledger's section; its code loads after first paint, like the charts'. */
import { memo, Suspense } from 'react';
import { lazyChunk } from '@/components/lazy-chunk';
import { useTranslation } from 'react-i18next';

const LedgerPanel = lazyChunk(() => import('./ledger-panel'));

/** No props: the panel reads the dataset, the view and the selection from their hooks. */
export const LedgerRegion = memo(function LedgerRegion() {
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
        <LedgerPanel />
      </Suspense>
    </section>
  );
});
