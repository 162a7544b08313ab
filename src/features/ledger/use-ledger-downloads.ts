/** The ledger's downloads (CSV and JSON of the rows in their order), and whether the last CSV one failed. */
import { useState } from 'react';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { ViewState } from '@/view-state/defaults';
import { download, toCsv } from '@/lib/download';
import { exportFileName } from '@/lib/export-file-name';
import type { LedgerRow } from '@/features/ledger/to-ledger-rows';
import { ledgerCsvRows, ledgerJson } from '@/features/ledger/ledger-export';

export function useLedgerDownloads(ordered: readonly LedgerRow[], dataset: IndexedDataset, view: ViewState) {
  const lang = view.lang;
  // A download whose code (Papa Parse) did not load says so, as the Download menu does.
  const [failed, setFailed] = useState(false);

  const saveCsv = async () =>
    download(
      await toCsv(ledgerCsvRows(ordered, dataset, lang)),
      exportFileName('threats', view, 'csv'),
      'text/csv;charset=utf-8',
    );
  const saveJson = () =>
    download(
      `${JSON.stringify(ledgerJson(ordered, dataset, lang), null, 2)}\n`,
      exportFileName('threats', view, 'json'),
      'application/json',
    );
  const onCsv = () => {
    setFailed(false);
    saveCsv().catch((error: unknown) => {
      console.error('Rift Tracker: a download failed:', error);
      setFailed(true);
    });
  };

  return { failed, onCsv, onJson: saveJson };
}
