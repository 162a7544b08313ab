/** Share, when the story comes from a local file: a link cannot point at it, so offer the file itself. */
import { useRef } from 'react';
import { download } from '@/lib/download';
import { Button } from '@/components/ui/button';
import { useTexts } from './use-texts';

export function LocalShare({ file }: { file: File }) {
  const { t } = useTexts();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="min-h-9 rounded-md bg-amber-400 px-3 text-sm font-semibold text-slate-900 hover:bg-amber-300"
      >
        {t('share')}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="local-share-heading"
        className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-lg p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/50"
      >
        <div className="space-y-3 p-4">
          <h2 id="local-share-heading" className="text-lg font-bold">
            {t('shareTitle')}
          </h2>
          <p className="text-sm text-slate-700">{t('shareExplain', { name: file.name })}</p>
          <div className="flex flex-wrap justify-end gap-2">
            <Button onClick={() => download(file, file.name, 'application/json')}>{t('download')}</Button>
            <Button variant="primary" onClick={() => dialog.current?.close()}>
              {t('close')}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
