/** The flights chart's key: one colour per operator, then the hatch of a derived count and the dash of a disputed one. */
import { useTranslation } from 'react-i18next';
import { operatorName } from '@/features/charts/flights/operator-name';
import { LegendItem } from '@/features/charts/kit/chart-card';
import { CARD, MUTED } from '@/features/charts/kit/palette';
import { HatchDefs, HATCH_ID } from './flight-marks';

export function FlightLegend({
  operators,
  color,
}: {
  operators: readonly string[];
  color: (op: string) => string;
}) {
  const { t } = useTranslation('charts');
  return (
    <>
      {operators.map((op) => (
        <LegendItem
          key={op}
          label={operatorName(t, op)}
          swatch={<rect x={1} y={2} width={16} height={8} fill={color(op)} />}
        />
      ))}
      <LegendItem
        label={t('derived')}
        swatch={
          <>
            <HatchDefs id={`${HATCH_ID}-legend`} />
            <rect x={1} y={2} width={16} height={8} fill={`url(#${HATCH_ID}-legend)`} stroke={MUTED} />
          </>
        }
      />
      <LegendItem
        label={t('disputed')}
        swatch={<rect x={1} y={2} width={16} height={8} fill={CARD} stroke={MUTED} strokeDasharray="3 2" />}
      />
    </>
  );
}
