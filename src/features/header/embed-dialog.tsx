/** "Embed": the iframe snippet for the current view, ready to copy into an article. */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { embedSnippet } from '@/lib/embed-snippet';
import { Button } from '@/components/ui/button';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { useCopy } from '@/lib/use-copy';

export function EmbedButton({ embedLink, title }: { embedLink: string; title: string }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, copyText, { reset }] = useCopy<'snippet'>();
  const copied = state.status === 'copied';
  const snippet = embedSnippet(embedLink, title);

  const copy = () => copyText('snippet', snippet);

  return (
    <>
      <button
        type="button"
        onClick={() => {
          reset();
          dialog.current?.showModal();
        }}
        className="min-h-9 rounded-md border border-slate-500 px-3 text-sm font-semibold text-white hover:bg-slate-700"
      >
        {t('embed.button')}
      </button>
      <ModalDialog
        ref={dialog}
        headingId="embed-heading"
        heading={t('embed.heading')}
        intro={t('embed.explain')}
        closeLabel={t('embed.close')}
        actions={
          <>
            <span role="status" className="mr-auto text-sm text-green-800">
              {copied ? t('embed.copied') : ''}
            </span>
            <a
              href={embedLink}
              target="_blank"
              rel="noopener noreferrer"
              className="text-sm text-blue-800 underline"
            >
              {t('embed.preview')}
            </a>
            <Button onClick={copy}>{t('embed.copy')}</Button>
          </>
        }
      >
        <label className="block text-sm font-medium">
          {t('embed.snippet')}
          <textarea
            readOnly
            rows={7}
            value={snippet}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 block w-full rounded border border-slate-500 p-2 font-mono text-xs"
          />
        </label>
      </ModalDialog>
    </>
  );
}
