/** When the filters leave no quote: which filters did it, each filter that alone brings some back, Clear. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/data/dataset-context';
import { useSetView, useView } from '@/view-state/view-context';
import { clearedFilters } from '@/view-state/filters';
import { describeFilters } from '@/lib/describe-filters';
import { Button } from '@/components/ui/button';
import { dropFilter, filterRelaxations } from './filter-relaxations';

export function QuotesEmpty() {
  const { t } = useTranslation('quotes');
  const dataset = useDataset();
  const view = useView();
  const setView = useSetView();
  const { t: common } = useTranslation();
  const ways = useMemo(() => filterRelaxations(dataset, view).filter((r) => r.count > 0), [dataset, view]);
  const filters = describeFilters(view, dataset, common, 'from');
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center">
      <p className="text-slate-700">{filters ? t('empty', { filters }) : t('none')}</p>
      {ways.length > 0 && filters && (
        <div className="mt-3">
          <p className="text-sm text-slate-600">{t('widen')}</p>
          <ul className="mt-1 flex flex-wrap justify-center gap-2">
            {ways.map((r) => (
              <li key={r.filter}>
                <Button variant="ghost" className="underline" onClick={() => setView(dropFilter[r.filter])}>
                  {t('dropCount', { label: t(`drop.${r.filter}`), count: r.count })}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {filters && (
        <Button className="mt-3" onClick={() => void setView(clearedFilters())}>
          {t('clear')}
        </Button>
      )}
    </div>
  );
}
