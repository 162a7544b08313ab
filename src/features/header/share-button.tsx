/** Copies the canonical link of the current view and says so. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Status = 'idle' | 'copied' | 'shared' | 'failed';

/** Phones and tablets get the system share sheet where the browser offers one. */
const canShareSheet = () =>
  typeof navigator.share === 'function' && window.matchMedia?.('(pointer: coarse)').matches === true;

export function ShareButton({ link }: { link: string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>('idle');

  useEffect(() => {
    if (status !== 'copied' && status !== 'shared') return;
    const timer = setTimeout(() => setStatus('idle'), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    if (canShareSheet()) {
      try {
        await navigator.share({ url: link, title: document.title });
        return setStatus('shared');
      } catch (error) {
        // The reader closed the sheet: nothing to say. Any other failure falls back to copying.
        if ((error as Error).name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(link);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <div className="relative flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="min-h-9 rounded-md bg-amber-400 px-3 text-sm font-semibold text-slate-900 hover:bg-amber-300"
      >
        {t('header.share')}
      </button>
      <span role="status" className="text-sm text-amber-200">
        {status === 'copied' ? t('header.copied') : status === 'shared' ? t('header.shared') : ''}
      </span>
      {status === 'failed' && (
        <div className="absolute top-full right-0 z-40 mt-2 w-[min(24rem,90vw)] rounded-md bg-white p-3 text-slate-900 shadow-lg">
          <label className="block text-sm">
            {t('header.copyManually')}
            <input
              readOnly
              value={link}
              onFocus={(e) => e.currentTarget.select()}
              className="mt-1 w-full rounded border border-slate-300 px-2 py-1 text-xs"
            />
          </label>
        </div>
      )}
    </div>
  );
}
