import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { value: string; onChange: (q: string) => void };

export const SearchBox = memo(function SearchBox({ value, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="flex flex-col">
      <label htmlFor={id} className="text-xs text-slate-600">
        {t('filters.search')}
      </label>
      <input
        id={id}
        type="search"
        value={value}
        maxLength={200}
        placeholder={t('filters.searchPlaceholder')}
        onChange={(e) => onChange(e.target.value)}
        className="min-h-9 min-w-0 rounded-md border border-slate-500 bg-white px-2 text-sm"
      />
    </div>
  );
});
