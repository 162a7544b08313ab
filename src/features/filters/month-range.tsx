/** Month range filter: two selects, "from" and "to"; choosing one never leaves the range reversed. */
import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, MonthRange } from '@/view-state/defaults';
import { formatMonth } from '@/lib/format';

type Props = {
  months: readonly string[];
  value: MonthRange | null;
  lang: Lang;
  onChange: (m: MonthRange | null) => void;
};

/** Memoised, with its month options built once per language: a change elsewhere does not redraw them. */
export const MonthRangeSelect = memo(function MonthRangeSelect({ months, value, lang, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const first = months[0] ?? '';
  const last = months[months.length - 1] ?? '';
  const options = useMemo(
    () =>
      months.map((m) => (
        <option key={m} value={m}>
          {formatMonth(m, lang, 'long')}
        </option>
      )),
    [months, lang],
  );

  const set = (end: 'from' | 'to', month: string) => {
    if (!month) {
      const other = end === 'from' ? value?.to : value?.from;
      return onChange(
        other ? { from: end === 'from' ? first : other, to: end === 'to' ? last : other } : null,
      );
    }
    let from = end === 'from' ? month : (value?.from ?? first);
    let to = end === 'to' ? month : (value?.to ?? last);
    if (from > to) from = to = month;
    onChange(from === first && to === last ? null : { from, to });
  };

  const select = (end: 'from' | 'to') => (
    <div className="flex min-w-0 flex-1 flex-col">
      <label htmlFor={`${id}-${end}`} className="text-xs text-slate-600">
        {t(`filters.${end}`)}
      </label>
      <select
        id={`${id}-${end}`}
        value={value ? value[end] : ''}
        onChange={(e) => set(end, e.target.value)}
        className="min-h-9 w-full min-w-0 rounded-md border border-slate-500 bg-white px-2 text-sm"
      >
        <option value="">{end === 'from' ? t('filters.start') : t('filters.end')}</option>
        {options}
      </select>
    </div>
  );

  return (
    <fieldset className="flex min-w-0 gap-2">
      <legend className="sr-only">{t('filters.months')}</legend>
      {select('from')}
      {select('to')}
    </fieldset>
  );
});
