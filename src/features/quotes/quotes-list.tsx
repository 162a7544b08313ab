/**
 * The quote explorer: the filtered quotes (the page's filters, applied in select.ts), the selected
 * event's first, newest or oldest first, search words marked, rendered a page at a time.
 */
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/data/dataset-context';
import { useSetView, useView } from '@/view-state/view-context';
import { useSelection } from '@/view-state/selection-context';
import { searchTerms } from '@/lib/text-search';
import { Button } from '@/components/ui/button';
import { Chip } from '@/components/ui/chip';
import { sortQuotes } from './sort-quotes';
import { QuoteCard } from './quote-card';
import { QuotesEmpty } from './quotes-empty';

/** Cards rendered at first and added by each "Show more": a keystroke never re-renders thousands. */
export const PAGE_SIZE = 25;

/** No props: it reads the dataset, the view and the selected quotes from their hooks. */
export const QuotesList = memo(function QuotesList() {
  const { t } = useTranslation('quotes');
  const dataset = useDataset();
  const view = useView();
  const setView = useSetView();
  const { quotes } = useSelection();
  const order = view.sort;
  const sorted = useMemo(() => sortQuotes(quotes, order, view.event), [quotes, order, view.event]);
  const terms = useMemo(() => searchTerms(view.q), [view.q]);
  // New filters or a new order start again from the first page (UI-only state).
  const listKey = JSON.stringify([view.actor, view.month, view.topic, view.q, order]);
  const [paging, setPaging] = useState({ key: listKey, shown: PAGE_SIZE });
  const shown = paging.key === listKey ? paging.shown : PAGE_SIZE;
  const rest = sorted.length - shown;

  return (
    <section aria-labelledby="quotes-heading" className="min-w-0">
      <h2 id="quotes-heading" className="mb-2 text-lg font-bold">
        {t('heading')}
      </h2>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <p data-testid="quotes-count" className="text-sm text-slate-700 tabular-nums">
          {t('count', { shown: quotes.length, total: dataset.quotes.length })}
        </p>
        {quotes.length > 0 && (
          <div role="group" aria-label={t('order.label')} className="flex gap-1.5">
            {(['oldest', 'newest'] as const).map((o) => (
              <Chip key={o} pressed={order === o} onClick={() => void setView({ sort: o })}>
                {t(`order.${o}`)}
              </Chip>
            ))}
          </div>
        )}
      </div>
      {quotes.length === 0 ? (
        <QuotesEmpty />
      ) : (
        <>
          <ul aria-labelledby="quotes-heading" className="space-y-3">
            {sorted.slice(0, shown).map((q) => (
              <li key={q.id} data-quote-id={q.id} className="row-contained">
                <QuoteCard
                  quote={q}
                  lang={view.lang}
                  fromSelected={view.event !== null && q.event === view.event}
                  terms={terms}
                />
              </li>
            ))}
          </ul>
          {rest > 0 && (
            <div className="mt-3 flex flex-wrap items-center gap-3">
              <Button onClick={() => setPaging({ key: listKey, shown: shown + PAGE_SIZE })}>
                {t('showMore', { count: Math.min(PAGE_SIZE, rest) })}
              </Button>
              <span className="text-sm text-slate-600">{t('shownOf', { shown, total: sorted.length })}</span>
            </div>
          )}
        </>
      )}
    </section>
  );
});
