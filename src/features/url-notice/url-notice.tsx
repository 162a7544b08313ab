/** Says which parts of the link were ignored (the link itself is already rewritten clean). */
import { useTranslation } from 'react-i18next';
import type { Ignored } from '@/view-state/url-codec';

type Props = { ignored: readonly Ignored[]; onDismiss: () => void };

export function UrlNotice({ ignored, onDismiss }: Props) {
  const { t } = useTranslation();
  if (ignored.length === 0) return null;
  return (
    <div role="status" className="border-b border-amber-300 bg-amber-50">
      <div className="mx-auto flex max-w-7xl items-start justify-between gap-3 px-4 py-2 text-sm text-amber-950">
        <p>
          {t('notice.ignored')}{' '}
          {ignored.map((i, n) => (
            <span key={`${i.param}-${n}`}>
              {n > 0 && ', '}
              <code className="rounded bg-amber-100 px-1">{i.param}</code> “{i.value.slice(0, 60)}
              {i.value.length > 60 ? '…' : ''}”
            </span>
          ))}
          . {t('notice.showing')}
        </p>
        <button type="button" onClick={onDismiss} className="shrink-0 rounded px-2 hover:bg-amber-100">
          {t('notice.dismiss')}
        </button>
      </div>
    </div>
  );
}
