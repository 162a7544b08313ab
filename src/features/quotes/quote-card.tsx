/** A quote in the list: the quote block, marked when it belongs to the selected event, with its actions. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quote } from '@/data/schema';
import type { Lang } from '@/i18n/lang';
import { useDataset } from '@/data/dataset-context';
import { QuoteBlock } from '@/components/quote-block';
import { QuoteActions } from './quote-actions';

type Props = {
  quote: Quote;
  lang: Lang;
  /** The quote belongs to the selected event. */
  fromSelected: boolean;
  terms: readonly string[];
};

/**
 * Memoized on what it draws: "Show more" renders only the new cards, and a change of the view that
 * leaves a card's language, search words and selection alone (a pan, another filter) skips it.
 */
export const QuoteCard = memo(function QuoteCard({ quote, lang, fromSelected, terms }: Props) {
  const { t } = useTranslation('quotes');
  const dataset = useDataset();
  return (
    <QuoteBlock
      quote={quote}
      dataset={dataset}
      lang={lang}
      terms={terms}
      highlighted={fromSelected}
      badge={
        fromSelected ? (
          <p className="mb-2 inline-block rounded bg-blue-100 px-1.5 py-0.5 text-xs font-medium text-blue-900">
            {t('fromSelected')}
          </p>
        ) : undefined
      }
      renderActions={({ original }) => <QuoteActions quote={quote} lang={lang} original={original} />}
    />
  );
});
