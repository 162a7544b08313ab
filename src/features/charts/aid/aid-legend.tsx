/** The aid chart's key: each measure's line and mark, then the hollow mark of a derived figure and a dispute's whisker. */
import { useTranslation } from 'react-i18next';
import type { AidAmount } from '@/data/schema';
import { LegendItem } from '@/features/charts/kit/chart-card';
import { CARD, MEASURE_COLOR, MUTED } from '@/features/charts/kit/palette';
import { AidShape } from './aid-marks';

export function AidLegend({ measures }: { measures: readonly AidAmount['measure'][] }) {
  const { t } = useTranslation('charts');
  return (
    <>
      {measures.map((m) => (
        <LegendItem
          key={m}
          label={t(`aid.measure.${m}`)}
          swatch={
            <g transform="translate(9,6)">
              <line x1={-8} x2={8} stroke={MEASURE_COLOR[m]} strokeWidth={2} />
              <AidShape a={{ measure: m }} color={MEASURE_COLOR[m]} />
            </g>
          }
        />
      ))}
      <LegendItem
        label={t('derived')}
        swatch={<circle cx={9} cy={6} r={4} fill={CARD} stroke={MUTED} strokeWidth={1.5} />}
      />
      <LegendItem
        label={t('disputed')}
        swatch={<line x1={9} x2={9} y1={0} y2={12} stroke={MUTED} strokeWidth={2} strokeDasharray="2 2" />}
      />
    </>
  );
}
