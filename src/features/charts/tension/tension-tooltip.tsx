/** The tension chart's tooltip: the month, then each direction's value, event count and (Goldstein) split. */
import { useTranslation } from 'react-i18next';
import { DIRECTIONS, type Direction, type TensionMonth } from '@/data/tension-index';
import type { Lang } from '@/i18n/lang';
import { formatMonth } from '@/lib/format';
import type { ViewState } from '@/view-state/defaults';
import { TooltipBox } from '@/features/charts/kit/chart-tooltip';
import { signed } from './tension-events';
import { monthValue } from './tension-parts';

type Props = {
  month: TensionMonth;
  mode: ViewState['index'];
  lang: Lang;
  dirLabel: (d: Direction) => string;
};

export function TensionTooltip({ month: m, mode, lang, dirLabel }: Props) {
  const { t } = useTranslation('charts');
  return (
    <TooltipBox title={formatMonth(m.month, lang, 'long')}>
      {DIRECTIONS.map((d) => (
        <p key={d}>
          <span className="font-semibold">
            {dirLabel(d)}: {monthValue(m, d, mode, lang)}
          </span>
          {m[d].value !== null && ` · ${t('tension.events', { count: m[d].events.length })}`}
          {mode === 'goldstein' &&
            m[d].value !== null &&
            ` (${signed(m[d].hostile, lang)} / ${signed(m[d].cooperative, lang)})`}
        </p>
      ))}
      <p className="text-slate-600">{t('tension.clickHint')}</p>
    </TooltipBox>
  );
}
