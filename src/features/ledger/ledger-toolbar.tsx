/** Above the ledger's chart: the order chips, the download buttons, and the line saying a download failed. */
import { useTranslation } from 'react-i18next';
import { LEDGER_SORTS, type LedgerSort } from '@/view-state/defaults';
import { Chip } from '@/components/ui/chip';
import { Button } from '@/components/ui/button';

type Props = {
  sort: LedgerSort;
  onSort: (sort: LedgerSort) => void;
  failed: boolean;
  onCsv: () => void;
  onJson: () => void;
};

export function LedgerToolbar({ sort, onSort, failed, onCsv, onJson }: Props) {
  const { t } = useTranslation('ledger');
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-wrap gap-1" role="group" aria-label={t('sortLabel')}>
          {LEDGER_SORTS.map((s) => (
            <Chip
              key={s}
              pressed={sort === s}
              className="min-h-7 px-2 py-0.5 text-xs"
              onClick={() => onSort(s)}
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
          <Button variant="ghost" className="min-h-7 px-2 py-0.5 text-xs" onClick={onCsv}>
            {t('download.csv')}
          </Button>
          <Button variant="ghost" className="min-h-7 px-2 py-0.5 text-xs" onClick={onJson}>
            {t('download.json')}
          </Button>
        </div>
      </div>
      {failed && (
        <p role="alert" className="text-sm text-red-800">
          {t('translation:export.failed')}
        </p>
      )}
    </>
  );
}
