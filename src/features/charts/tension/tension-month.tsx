/** Under the tension plot: the month under the pointer or keyboard (or filtered, or of the selected event) and its events. */
import { useTranslation } from 'react-i18next';
import { DIRECTIONS, type Direction, type TensionMonth } from '@/data/tension-index';
import type { Lang } from '@/i18n/lang';
import { formatMonth } from '@/lib/format';
import type { ViewState } from '@/view-state/defaults';
import { WeightedEventList } from './tension-events';
import { monthValue } from './tension-parts';

type Props = {
  month: TensionMonth | undefined;
  mode: ViewState['index'];
  lang: Lang;
  selected: string | null;
  dirLabel: (d: Direction) => string;
  onMonth: (month: string) => void;
  onEvent: (id: string) => void;
};

export function TensionMonthDetails({ month, mode, lang, selected, dirLabel, onMonth, onEvent }: Props) {
  const { t } = useTranslation('charts');
  return (
    <section
      aria-live="polite"
      className="mt-2 h-36 overflow-auto border-t border-slate-200 pt-1 text-xs"
      data-testid="tension-month"
    >
      {month ? (
        <>
          <p className="font-semibold">
            {formatMonth(month.month, lang, 'long')}{' '}
            <button
              type="button"
              className="font-normal text-blue-800 underline"
              onClick={() => onMonth(month.month)}
            >
              {t('tension.filterMonth')}
            </button>
          </p>
          {DIRECTIONS.map((d) => (
            <div key={d} className="mt-1">
              <p className="text-slate-700">
                {dirLabel(d)}: {monthValue(month, d, mode, lang)}
              </p>
              <WeightedEventList
                events={month[d].events}
                lang={lang}
                selected={selected}
                onSelect={onEvent}
              />
            </div>
          ))}
        </>
      ) : (
        <p className="text-slate-600">{t('tension.hoverHint')}</p>
      )}
    </section>
  );
}
