/** Downloads of what the filters show: events and quotes as CSV, everything as JSON. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event, Quote } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { ViewState } from '@/view-state/defaults';
import { Popover } from '@/components/ui/popover';
import { exportFileName } from '@/lib/export-file-name';
import { importChunk } from '@/lib/import-chunk';

type Rows = typeof import('./to-export-rows');
const rowsCode = (): Promise<Rows> => importChunk(() => import('./to-export-rows'));
// The saving code too: none of it is needed before the reader asks for a file.
const saving = () => importChunk(() => import('@/lib/download'));

type Props = { dataset: IndexedDataset; events: readonly Event[]; quotes: readonly Quote[]; view: ViewState };

export function ExportMenu({ dataset, events, quotes, view }: Props) {
  const { t } = useTranslation();
  const lang = view.lang;
  // A download whose code (Papa Parse) did not load says so, instead of failing silently.
  const [failed, setFailed] = useState(false);
  // The row builders load with the first download, not with the page.
  const csv = (kind: 'events' | 'quotes', rows: (x: Rows) => object[]) => async () => {
    const { download, toCsv } = await saving();
    download(
      await toCsv(rows(await rowsCode())),
      exportFileName(kind, view, 'csv'),
      'text/csv;charset=utf-8',
    );
  };
  const options = [
    { key: 'eventsCsv', run: csv('events', (x) => x.eventRows(events, dataset, lang)) },
    { key: 'quotesCsv', run: csv('quotes', (x) => x.quoteRows(quotes, dataset, lang)) },
    {
      key: 'json',
      run: async () =>
        (await saving()).download(
          `${JSON.stringify((await rowsCode()).toDatasetSubset(dataset, events, quotes), null, 2)}\n`,
          exportFileName('data', view, 'json'),
          'application/json',
        ),
    },
  ] as const;
  return (
    <>
      {failed && (
        <p role="alert" className="text-sm text-red-800">
          {t('export.failed')}
        </p>
      )}
      <Popover label={t('export.button')} className="w-auto" align="end">
        {(close) => (
          <ul className="space-y-1">
            {options.map((o) => (
              <li key={o.key}>
                <button
                  type="button"
                  onClick={() => {
                    close();
                    setFailed(false);
                    o.run().catch((error: unknown) => {
                      console.error('Rift Tracker: a download failed:', error);
                      setFailed(true);
                    });
                  }}
                  className="w-full rounded px-2 py-1.5 text-left text-sm hover:bg-slate-100"
                >
                  {t(`export.${o.key}`, { events: events.length, quotes: quotes.length })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Popover>
    </>
  );
}
