/** Says plainly that the story on screen is not the bundled one, where it comes from, and how to go back. */
import type { DataSource } from '@/data/data-source';
import { originLabel } from '@/data/data-source';
import { useTexts } from './use-texts';

type Props = { source: DataSource; title: string; onReturn: () => void };

export function SourceBanner({ source, title, onReturn }: Props) {
  const { t } = useTexts();
  if (source.kind === 'bundled') return null;
  return (
    <div role="status" className="border-b border-violet-300 bg-violet-50" data-testid="source-banner">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm text-violet-950">
        <p className="min-w-0 break-words">
          {source.kind === 'file'
            ? t('localBanner', { name: source.file.name, title })
            : t('remoteBanner', { origin: originLabel(source.url), title })}
        </p>
        <button
          type="button"
          onClick={onReturn}
          className="shrink-0 rounded-md border border-violet-400 bg-white px-3 py-1 font-semibold hover:bg-violet-100"
        >
          {t('backToBundled')}
        </button>
      </div>
    </div>
  );
}
