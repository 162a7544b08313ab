/** The tariffs chart's key: each side's line, then each status's marker. */
import { useTranslation } from 'react-i18next';
import type { Sides } from '@/data/sides';
import { sideColor } from '@/lib/side-colors';
import { LegendItem } from '@/features/charts/kit/chart-card';
import { MUTED } from '@/features/charts/kit/palette';
import { StepShape } from './tariff-marks';

export const STATUSES = ['in-force', 'threatened', 'suspended', 'exempted', 'struck-down'] as const;

export function TariffLegend({ sides, sideLabel }: { sides: Sides; sideLabel: (id: string) => string }) {
  const { t } = useTranslation('charts');
  return (
    <>
      {sides.map(({ id }) => (
        <LegendItem
          key={id}
          label={sideLabel(id)}
          swatch={<rect x={1} y={4} width={16} height={4} fill={sideColor(sides, id)} />}
        />
      ))}
      {STATUSES.map((s) => (
        <LegendItem
          key={s}
          label={t(`tariffs.status.${s}`)}
          swatch={
            <g transform="translate(9,6)">
              <StepShape status={s} color={MUTED} />
            </g>
          }
        />
      ))}
    </>
  );
}
