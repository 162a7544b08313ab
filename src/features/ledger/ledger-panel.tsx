/** The threat ledger: the summary per side, the order, downloads, the threat → outcome chart and the table. */
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/data/dataset-context';
import { useSetView, useView } from '@/view-state/view-context';
import { useSelection } from '@/view-state/selection-context';
import { STATUS_ORDER } from '@/features/ledger/to-ledger-rows';
import { summarySentence } from '@/features/ledger/ledger-sentences';
import { useLedgerRows } from '@/features/ledger/use-ledger-rows';
import { useLedgerDownloads } from '@/features/ledger/use-ledger-downloads';
import { LedgerToolbar } from '@/features/ledger/ledger-toolbar';
import { LedgerChart } from '@/features/ledger/ledger-chart';
import { LedgerLegend } from '@/features/ledger/ledger-legend';
import { LedgerTable } from '@/features/ledger/ledger-table';

export default function LedgerPanel() {
  const { t } = useTranslation('ledger');
  const dataset = useDataset();
  const view = useView();
  const setView = useSetView();
  const { events } = useSelection();
  const lang = view.lang;
  const { rows, groups, ordered, summaries } = useLedgerRows(events, dataset, view.ledger);
  const { failed, onCsv, onJson } = useLedgerDownloads(ordered, dataset, view);
  const select = (id: string) => setView({ event: id });

  if (rows.length === 0)
    return (
      <p className="rounded border border-dashed border-slate-300 p-4 text-sm text-slate-600">{t('empty')}</p>
    );

  return (
    <div className="space-y-3">
      <div
        className="space-y-1 text-body text-slate-800 sm:text-sm"
        aria-live="polite"
        data-testid="ledger-summary"
      >
        {summaries.map((s) => (
          <p key={s.side}>{summarySentence(s, dataset.sides, t, lang)}</p>
        ))}
      </div>
      <LedgerToolbar
        sort={view.ledger}
        onSort={(s) => setView({ ledger: s })}
        failed={failed}
        onCsv={onCsv}
        onJson={onJson}
      />
      <LedgerChart
        rows={ordered}
        sort={view.ledger}
        dataset={dataset}
        lang={lang}
        selected={view.event}
        onSelect={select}
      />
      <LedgerLegend
        sides={summaries.map((s) => s.side)}
        dataset={dataset}
        lang={lang}
        statuses={STATUS_ORDER.filter((s) => rows.some((r) => r.status === s))}
      />
      <div className="max-h-[36rem] overflow-auto rounded border border-slate-200">
        <LedgerTable
          groups={groups}
          sort={view.ledger}
          dataset={dataset}
          lang={lang}
          selected={view.event}
          onSelect={select}
        />
      </div>
    </div>
  );
}
