/** The tension chart's key: each direction's hostile bar and, weighing by Goldstein, its cooperative one. */
import { useTranslation } from 'react-i18next';
import { DIRECTIONS, type Direction } from '@/data/tension-index';
import type { ViewState } from '@/view-state/defaults';
import { LegendItem } from '@/features/charts/kit/chart-card';
import type { TensionColors } from './tension-parts';

type Props = { mode: ViewState['index']; colors: TensionColors; dirLabel: (d: Direction) => string };

export function TensionLegend({ mode, colors, dirLabel }: Props) {
  const { t } = useTranslation('charts');
  const parts = mode === 'goldstein' ? (['hostile', 'cooperative'] as const) : (['hostile'] as const);
  return DIRECTIONS.flatMap((d) =>
    parts.map((part) => (
      <LegendItem
        key={`${d}-${part}`}
        label={mode === 'goldstein' ? t(`tension.legend.${part}`, { dir: dirLabel(d) }) : dirLabel(d)}
        swatch={
          <rect x={1.5} y={1.5} width={15} height={9} fill={colors[d][part]} stroke={colors[d].hostile} />
        }
      />
    )),
  );
}
