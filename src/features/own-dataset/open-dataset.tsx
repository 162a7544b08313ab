/**
 * "Open a dataset": a file picker and drag-and-drop anywhere on the page. The file is read and
 * checked in the browser (same schema and rules as the bundled story) through the dataset query;
 * on success the app shows it, on failure a dialog lists every problem and the story stays.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { datasetKey, datasetQuery } from '@/data/dataset-query';
import type { DataSource } from '@/data/data-source';
import { DatasetError } from '@/data/load-dataset';
import { ProblemList } from '@/components/problem-list';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { useTexts } from './use-texts';

export type FileSource = Extract<DataSource, { kind: 'file' }>;
type Failure = { name: string; error: Error };

let openings = 0;
const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

export function OpenDataset({ onOpened }: { onOpened: (source: FileSource) => void }) {
  const { t } = useTexts();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [dragging, setDragging] = useState(false);

  const open = useCallback(
    async (file: File) => {
      const source: FileSource = { kind: 'file', file, id: ++openings };
      setReading(file.name);
      try {
        await queryClient.fetchQuery(datasetQuery(source));
        setFailure(null);
        onOpened(source);
      } catch (error) {
        queryClient.removeQueries({ queryKey: datasetKey(source), exact: true });
        setFailure({ name: file.name, error: error as Error });
      } finally {
        setReading(null);
      }
    },
    [queryClient, onOpened],
  );

  useEffect(() => {
    if (failure && !dialog.current?.open) dialog.current?.showModal();
  }, [failure]);

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) void open(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [open]);

  const problems = failure?.error instanceof DatasetError ? failure.error.problems : [];
  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label={t('openLabel')}
        className="hidden"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void open(file);
        }}
      />
      <button
        type="button"
        onClick={() => input.current?.click()}
        disabled={reading !== null}
        className="min-h-9 rounded-md border border-slate-500 px-3 text-sm font-semibold text-white hover:bg-slate-700 disabled:opacity-60"
      >
        {t('open')}
      </button>
      <span role="status" className="sr-only">
        {reading ? t('reading', { name: reading }) : ''}
      </span>
      {dragging && (
        <div className="pointer-events-none fixed inset-0 z-[60] flex items-center justify-center bg-slate-900/70 p-6">
          <p className="max-w-md rounded-lg border-2 border-dashed border-white p-8 text-center text-lg font-semibold text-white">
            {t('drop')}
          </p>
        </div>
      )}
      <ModalDialog
        ref={dialog}
        headingId="open-failed-heading"
        heading={t('failedTitle')}
        headingClassName="text-red-800"
        intro={t('failedKept')}
        closeLabel={t('close')}
        onClose={() => setFailure(null)}
        wide
      >
        {failure && (
          <>
            <p className="text-sm">
              {problems.length
                ? t('failedInvalid', { name: failure.name, count: problems.length })
                : t('failedRead', { name: failure.name })}
            </p>
            {problems.length === 0 && (
              <p className="font-mono text-sm text-slate-600">{failure.error.message}</p>
            )}
            <ProblemList problems={problems} />
          </>
        )}
      </ModalDialog>
    </>
  );
}
