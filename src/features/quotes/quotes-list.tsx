/** The filtered quotes: the selected event's first, then oldest first. */
import { useTranslation } from 'react-i18next';
import type { Quote } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { ViewState } from '@/view-state/defaults';
import type { SetView } from '@/view-state/use-view-state';
import { describeFilters } from '@/lib/describe-filters';
import { EmptyState } from '@/components/ui/empty-state';
import { QuoteBlock } from '@/components/quote-block';

type Props = {
  dataset: IndexedDataset;
  quotes: readonly Quote[];
  view: ViewState;
  setView: SetView;
  onClearFilters: () => void;
};

export function QuotesList({ dataset, quotes, view, onClearFilters }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="quotes-heading" className="min-w-0">
      <h2 id="quotes-heading" className="mb-3 text-lg font-bold">
        {t('quotes.heading')}
      </h2>
      {quotes.length === 0 ? (
        <EmptyState
          message={t('quotes.empty', { filters: describeFilters(view, dataset, t, 'from') })}
          actionLabel={t('filters.clear')}
          onAction={onClearFilters}
        />
      ) : (
        <ul className="space-y-3">
          {quotes.map((q) => (
            <li key={q.id} data-quote-id={q.id}>
              <QuoteBlock
                quote={q}
                dataset={dataset}
                lang={view.lang}
                highlighted={!!view.event && q.event === view.event}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
