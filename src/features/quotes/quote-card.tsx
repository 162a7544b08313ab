/** A quote in the list: the quote block, marked when it belongs to the selected event, with its actions. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quote } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { ViewState } from '@/view-state/defaults';
import type { SetView } from '@/view-state/use-view-state';
import { QuoteBlock } from '@/components/quote-block';
import { QuoteActions } from './quote-actions';

type Props = {
  quote: Quote;
  dataset: IndexedDataset;
  view: ViewState;
  setView: SetView;
  terms: readonly string[];
};

/** Memoized: "Show more" renders only the new cards, not those already on screen. */
export const QuoteCard = memo(function QuoteCard({ quote, dataset, view, setView, terms }: Props) {
  const { t } = useTranslation('quotes');
  const fromSelected = view.event !== null && quote.event === view.event;
  return (
    <QuoteBlock
      quote={quote}
      dataset={dataset}
      lang={view.lang}
      terms={terms}
      highlighted={fromSelected}
      badge={
        fromSelected ? (
          <p className="mb-2 inline-block rounded bg-blue-100 px-1.5 py-0.5 text-xs font-medium text-blue-900">
            {t('fromSelected')}
          </p>
        ) : undefined
      }
      renderActions={({ original }) => (
        <QuoteActions quote={quote} dataset={dataset} view={view} setView={setView} original={original} />
      )}
    />
  );
});
