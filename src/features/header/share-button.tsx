/** Copies the canonical link of the current view and says so. */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCopy } from '@/lib/use-copy';

/** Phones and tablets get the system share sheet where the browser offers one. */
const canShareSheet = () =>
  typeof navigator.share === 'function' && window.matchMedia?.('(pointer: coarse)').matches === true;

export function ShareButton({ link }: { link: string }) {
  const { t } = useTranslation();
  const [state, copyText, { shared, reset }] = useCopy<'link'>();
  const status = state.status;

  const shareButton = useRef<HTMLButtonElement>(null);
  const manual = useRef<HTMLInputElement>(null);
  // The copy-by-hand panel takes focus when it opens, and gives it back to Share when it closes.
  useEffect(() => {
    if (status === 'failed') manual.current?.focus();
  }, [status]);
  const close = () => {
    reset();
    shareButton.current?.focus();
  };
  const closeOnEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    close();
  };

  const copy = async () => {
    if (canShareSheet()) {
      try {
        await navigator.share({ url: link, title: document.title });
        return shared('link');
      } catch (error) {
        // The reader closed the sheet: nothing to say. Any other failure falls back to copying.
        if ((error as Error).name === 'AbortError') return;
      }
    }
    await copyText('link', link);
  };

  return (
    <div className="relative flex items-center gap-2">
      <button
        ref={shareButton}
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
              ref={manual}
              readOnly
              onKeyDown={closeOnEscape}
              value={link}
              onFocus={(e) => e.currentTarget.select()}
              className="mt-1 w-full rounded border border-slate-500 px-2 py-1 text-xs"
            />
          </label>
          <button
            type="button"
            onClick={close}
            onKeyDown={closeOnEscape}
            className="mt-2 min-h-8 rounded-md border border-slate-500 px-3 text-sm font-medium hover:bg-slate-100"
          >
            {t('embed.close')}
          </button>
        </div>
      )}
    </div>
  );
}
