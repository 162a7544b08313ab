/** The events behind one point of the tension index, with their weights; each one selects its event. */
import { useTranslation } from 'react-i18next';
import type { WeightedEvent } from '@/data/tension-index';
import type { Lang } from '@/i18n/lang';
import { formatEventDate, formatSigned } from '@/lib/format';
import { EventButton } from '@/features/charts/kit/table-parts';

type Props = {
  events: readonly WeightedEvent[];
  lang: Lang;
  selected: string | null;
  onSelect: (id: string) => void;
};

export const signed = (n: number, lang: Lang) => formatSigned(n, lang, { maximumFractionDigits: 1 });

export function WeightedEventList({ events, lang, selected, onSelect }: Props) {
  const { t } = useTranslation('charts');
  if (events.length === 0) return <p className="text-slate-600">{t('tension.noEvents')}</p>;
  return (
    <ul className="space-y-0.5">
      {events.map(({ event, weight }) => (
        <li
          key={event.id}
          className={`flex gap-2 ${event.id === selected ? 'rounded bg-rose-50 ring-1 ring-rose-300' : ''}`}
        >
          <span className="w-9 shrink-0 text-right font-semibold tabular-nums" title={t('tension.weight')}>
            {signed(weight, lang)}
          </span>
          <span className="min-w-0">
            <span className="text-slate-600">
              {formatEventDate(event.date, event.datePrecision, lang)} ·{' '}
            </span>
            <EventButton event={event} lang={lang} onSelect={onSelect} />
          </span>
        </li>
      ))}
    </ul>
  );
}
