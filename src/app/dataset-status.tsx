/** What the page shows while the dataset loads, and when it cannot be used. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DatasetError } from '@/data/load-dataset';
import { Button } from '@/components/ui/button';
import { ProblemList } from '@/components/problem-list';
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

type ErrorProps = { error: Error; onRetry: () => void; extra?: ReactNode };

export function DatasetErrorView({ error, onRetry, extra }: ErrorProps) {
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
        <ProblemList problems={problems} />
        {extra}
        <Button variant="primary" className="mt-4" onClick={onRetry}>
          {t('status.retry')}
        </Button>
      </div>
    </main>
  );
}
