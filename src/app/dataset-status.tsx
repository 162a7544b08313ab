/** What the page shows while the dataset loads, and when it cannot be used. */
import { useTranslation } from 'react-i18next';
import { DatasetError } from '@/data/load-dataset';
import { Button } from '@/components/ui/button';
import { MAIN_ID } from '@/components/skip-link';

export function LoadingView() {
  const { t } = useTranslation();
  return (
    <main aria-busy="true" className="mx-auto max-w-7xl animate-pulse space-y-4 px-4 py-6">
      <p className="sr-only" role="status">
        {t('status.loading')}
      </p>
      <div className="h-24 rounded-lg bg-slate-200" />
      <div className="h-72 rounded-lg bg-slate-200" />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-64 rounded-lg bg-slate-200" />
        ))}
      </div>
      {[0, 1, 2].map((i) => (
        <div key={i} className="h-20 rounded-lg bg-slate-200" />
      ))}
    </main>
  );
}

export function DatasetErrorView({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  const problems = error instanceof DatasetError ? error.problems : [];
  const kind = error instanceof DatasetError ? error.kind : 'network';
  const summary = {
    network: t('status.errorNetwork'),
    json: t('status.errorJson'),
    code: t('status.errorCode'),
    contract: t('status.errorInvalid', { count: problems.length }),
  }[kind];
  return (
    <main id={MAIN_ID} tabIndex={-1} className="mx-auto max-w-3xl px-4 py-10 outline-none">
      <div role="alert">
        <h2 className="text-xl font-bold text-red-800">{t('status.errorTitle')}</h2>
        <p className="mt-2 text-slate-800">{summary}</p>
        {/* The technical detail, except where the summary already says all there is. */}
        {kind !== 'json' && <p className="mt-1 font-mono text-sm text-slate-600">{error.message}</p>}
        {problems.length > 0 && (
          // A long list scrolls; as a named region with a Tab stop it can be scrolled by keyboard too.
          <div
            role="region"
            aria-label={t('status.problems')}
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll region takes focus (WCAG 2.1.1)
            tabIndex={0}
            className="mt-3 max-h-80 overflow-auto rounded bg-red-50"
          >
            <ul className="list-disc space-y-1 py-2 pr-2 pl-8 font-mono text-sm text-red-950">
              {problems.slice(0, 100).map((p, i) => (
                <li key={i}>
                  {p.path}: {p.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        <Button variant="primary" className="mt-4" onClick={onRetry}>
          {t('status.retry')}
        </Button>
      </div>
    </main>
  );
}
