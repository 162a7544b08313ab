/** Copies the canonical link of the current view and says so. */
import { useTranslation } from 'react-i18next';
import { useCopy } from '@/lib/use-copy';

/** Phones and tablets get the system share sheet where the browser offers one. */
const canShareSheet = () =>
  typeof navigator.share === 'function' && window.matchMedia?.('(pointer: coarse)').matches === true;

export function ShareButton({ link }: { link: string }) {
  const { t } = useTranslation();
  const [state, copyText, { shared }] = useCopy<'link'>();
  const status = state.status;

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
