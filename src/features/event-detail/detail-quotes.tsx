/** The event's quotes under their heading (with how many there are), or a line saying there are none. */
import { useTranslation } from 'react-i18next';
import type { Lang } from '@/i18n/lang';
import { useDataset } from '@/data/dataset-context';
import { QuoteBlock } from '@/components/quote-block';

export function DetailQuotes({ eventId, lang }: { eventId: string; lang: Lang }) {
  const { t } = useTranslation();
  const dataset = useDataset();
  const quotes = dataset.quotesByEvent.get(eventId) ?? [];
  return (
    <>
      <h3 className="mt-5 mb-2 font-semibold">{t('detail.quotes', { count: quotes.length })}</h3>
      {quotes.length === 0 ? (
        <p className="text-sm text-slate-600">{t('detail.noQuotes')}</p>
      ) : (
        <ul className="space-y-3">
          {quotes.map((q) => (
            <li key={q.id}>
              <QuoteBlock quote={q} dataset={dataset} lang={lang} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
