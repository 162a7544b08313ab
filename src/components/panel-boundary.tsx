/**
 * Keeps one panel's failure inside the panel: its place shows a short message and Retry, the rest
 * of the page keeps working. Built on react-error-boundary (the error boundary React's own docs
 * point to: a maintained class component with reset support, so we do not hand-write one).
 * React reports the error to the console once (createRoot's onCaughtError, in main.tsx).
 */
import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { failedChunkUrl } from '@/lib/import-chunk';
import { Button } from './ui/button';
import { retryFailedChunks } from './lazy-chunk';

type Props = {
  /** The panel's name as a reader knows it ("Timeline", "Tariffs"). */
  name: string;
  children: ReactNode;
  className?: string;
  /** For a panel that can be closed (the event detail): a Close button beside Retry. */
  onClose?: () => void;
};

export function PanelBoundary({ name, children, className = '', onClose }: Props) {
  return (
    <ErrorBoundary
      fallbackRender={(fallback) => (
        <PanelError name={name} className={className} onClose={onClose} {...fallback} />
      )}
      onReset={retryFailedChunks}
    >
      {children}
    </ErrorBoundary>
  );
}

function PanelError({
  name,
  className,
  onClose,
  error,
  resetErrorBoundary,
}: FallbackProps & Omit<Props, 'children'>) {
  const { t } = useTranslation();
  return (
    <div
      role="alert"
      data-testid="panel-error"
      className={`flex min-h-32 flex-col items-start justify-center gap-2 rounded-lg border border-red-200 bg-red-50 p-4 text-sm ${className}`}
    >
      <p className="font-semibold text-red-900">{t('panel.failed', { name })}</p>
      <p className="text-slate-700">{failedChunkUrl(error) ? t('panel.chunk') : t('panel.other')}</p>
      <span className="flex gap-2">
        <Button onClick={resetErrorBoundary}>{t('status.retry')}</Button>
        {onClose && <Button onClick={onClose}>{t('detail.close')}</Button>}
      </span>
    </div>
  );
}
