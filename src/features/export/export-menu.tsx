/** Downloads of what the filters show: events and quotes as CSV, everything as JSON. */
import { useTranslation } from 'react-i18next';
import type { Event, Quote } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { ViewState } from '@/view-state/defaults';
import { Popover } from '@/components/ui/popover';
import { download, toCsv } from '@/lib/download';
import { exportFileName } from '@/lib/export-file-name';
import { eventRows, quoteRows, toDatasetSubset } from './to-export-rows';

type Props = { dataset: IndexedDataset; events: readonly Event[]; quotes: readonly Quote[]; view: ViewState };

export function ExportMenu({ dataset, events, quotes, view }: Props) {
  const { t } = useTranslation();
  const lang = view.lang;
  const csv = (kind: 'events' | 'quotes', rows: () => object[]) => async () =>
    download(await toCsv(rows()), exportFileName(kind, view, 'csv'), 'text/csv;charset=utf-8');
  const options = [
    { key: 'eventsCsv', run: csv('events', () => eventRows(events, dataset, lang)) },
    { key: 'quotesCsv', run: csv('quotes', () => quoteRows(quotes, dataset, lang)) },
    {
      key: 'json',
      run: async () =>
        download(
          `${JSON.stringify(toDatasetSubset(dataset, events, quotes), null, 2)}\n`,
          exportFileName('data', view, 'json'),
          'application/json',
        ),
    },
  ] as const;
  return (
    <Popover label={t('export.button')} className="w-auto" align="end">
      {(close) => (
        <ul className="space-y-1">
          {options.map((o) => (
            <li key={o.key}>
              <button
                type="button"
                onClick={() => {
                  close();
                  void o.run();
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
  );
}
