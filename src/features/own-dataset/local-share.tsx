/** Share, when the story comes from a local file: a link cannot point at it, so offer the file itself. */
import { useRef } from 'react';
import { download } from '@/lib/download';
import { Button } from '@/components/ui/button';
import { ModalDialog } from '@/components/ui/modal-dialog';
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
      <ModalDialog
        ref={dialog}
        headingId="local-share-heading"
        heading={t('shareTitle')}
        intro={t('shareExplain', { name: file.name })}
        closeLabel={t('close')}
        actions={
          <Button onClick={() => download(file, file.name, 'application/json')}>{t('download')}</Button>
        }
      />
    </>
  );
}
