/** The threat ledger: the summary per side, the order, downloads, the threat → outcome chart and the table. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEDGER_SORTS } from '@/view-state/defaults';
import { useDataset } from '@/data/dataset-context';
import { useSetView, useView } from '@/view-state/view-context';
import { useSelection } from '@/view-state/selection-context';
import { Chip } from '@/components/ui/chip';
import { Button } from '@/components/ui/button';
import { download, toCsv } from '@/lib/download';
import { exportFileName } from '@/lib/export-file-name';
import { groupLedgerRows, STATUS_ORDER, toLedgerRows } from './to-ledger-rows';
import { summarizeLedger } from './ledger-summary';
import { summarySentence } from './ledger-sentences';
import { ledgerCsvRows, ledgerJson } from './ledger-export';
import { LedgerChart } from './ledger-chart';
import { LedgerLegend } from './ledger-legend';
import { LedgerTable } from './ledger-table';

export default function LedgerPanel() {
  const { t } = useTranslation('ledger');
  const dataset = useDataset();
  const view = useView();
  const setView = useSetView();
  const { events } = useSelection();
  const lang = view.lang;
  // A download whose code (Papa Parse) did not load says so, as the Download menu does.
  const [failed, setFailed] = useState(false);
  const rows = useMemo(() => toLedgerRows(events, dataset), [events, dataset]);
  const topicOrder = useMemo(() => dataset.topics.map((x) => x.id), [dataset.topics]);
  const sideOrder = useMemo(() => dataset.sides.map((s) => s.id), [dataset.sides]);
  const groups = useMemo(
    () => groupLedgerRows(rows, view.ledger, topicOrder, sideOrder),
    [rows, view.ledger, topicOrder, sideOrder],
  );
  const ordered = useMemo(() => groups.flatMap((g) => g.rows), [groups]);
  const summaries = useMemo(() => summarizeLedger(rows, sideOrder), [rows, sideOrder]);
  const select = (id: string) => setView({ event: id });

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
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-wrap gap-1" role="group" aria-label={t('sortLabel')}>
          {LEDGER_SORTS.map((s) => (
            <Chip
              key={s}
              pressed={view.ledger === s}
              className="min-h-7 px-2 py-0.5 text-xs"
              onClick={() => setView({ ledger: s })}
            >
              {t(`sort.${s}`)}
            </Chip>
          ))}
        </div>
        <div
          className="flex items-center gap-1 text-xs text-slate-600"
          role="group"
          aria-label={t('download.label')}
        >
          <span aria-hidden="true">{t('download.short')}</span>
          <Button
            variant="ghost"
            className="min-h-7 px-2 py-0.5 text-xs"
            onClick={() => {
              setFailed(false);
              saveCsv().catch((error: unknown) => {
                console.error('Rift Tracker: a download failed:', error);
                setFailed(true);
              });
            }}
          >
            {t('download.csv')}
          </Button>
          <Button variant="ghost" className="min-h-7 px-2 py-0.5 text-xs" onClick={saveJson}>
            {t('download.json')}
          </Button>
        </div>
      </div>
      {failed && (
        <p role="alert" className="text-sm text-red-800">
          {t('translation:export.failed')}
        </p>
      )}
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
