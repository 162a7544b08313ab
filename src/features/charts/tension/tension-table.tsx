/** The tension index as a table: each month and direction, its value and the events behind it. */
import { useTranslation } from 'react-i18next';
import { DIRECTIONS, type TensionMonth } from '@/data/tension-index';
import type { IndexMode, Lang } from '@/view-state/defaults';
import { formatMonth } from '@/lib/format';
import { directionLabel, type Sides } from '@/data/sides';
import { TABLE, TD, TH } from '@/features/charts/kit/table-parts';
import { WeightedEventList, signed } from './tension-events';

type Props = {
  months: readonly TensionMonth[];
  mode: IndexMode;
  lang: Lang;
  sides: Sides;
  selected: string | null;
  onSelect: (id: string) => void;
};

export function TensionTable({ months, mode, lang, sides, selected, onSelect }: Props) {
  const { t } = useTranslation('charts');
  const rows = months
    .flatMap((m) => DIRECTIONS.map((d) => ({ m, d, p: m[d] })))
    .filter((r) => r.p.value !== null);
  return (
    <table className={TABLE} data-testid="tension-table">
      <caption className="sr-only">{t('tension.title')}</caption>
      <thead>
        <tr>
          <th className={TH}>{t('table.month')}</th>
          <th className={TH}>{t('table.direction')}</th>
          <th className={`${TH} text-right`}>{t(`tension.mode.${mode}`)}</th>
          <th className={TH}>{t('table.events')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ m, d, p }) => (
          <tr key={`${m.month}-${d}`} data-row={`${m.month}-${d}`}>
            <td className={`${TD} whitespace-nowrap`}>{formatMonth(m.month, lang)}</td>
            <td className={`${TD} whitespace-nowrap`}>{directionLabel(d, sides, lang)}</td>
            <td className={`${TD} text-right tabular-nums`} data-value={p.value}>
              {mode === 'count' ? p.value : signed(p.value ?? 0, lang)}
            </td>
            <td className={TD}>
              <WeightedEventList events={p.events} lang={lang} selected={selected} onSelect={onSelect} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
