/** "Embed": the iframe snippet for the current view, ready to copy into an article. */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { embedSnippet } from '@/lib/embed-snippet';
import { Button } from '@/components/ui/button';
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
      <dialog
        ref={dialog}
        aria-labelledby="embed-heading"
        className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-lg p-0 text-slate-900 shadow-2xl backdrop:bg-slate-900/50"
      >
        <div className="space-y-3 p-4">
          <h2 id="embed-heading" className="text-lg font-bold">
            {t('embed.heading')}
          </h2>
          <p className="text-sm text-slate-700">{t('embed.explain')}</p>
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
          <div className="flex flex-wrap items-center justify-end gap-2">
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
            <Button variant="primary" onClick={() => dialog.current?.close()}>
              {t('embed.close')}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
