/** What the chart's marks mean: the threat bar per side, and each outcome's line and end mark. */
import { useTranslation } from 'react-i18next';
import type { OutcomeStatus } from '@/data/schema';
import { SIDE_COLOR } from './ledger-chart';
import { STATUS_STYLE } from './status-style';

export function StatusMark({ status }: { status: OutcomeStatus }) {
  const s = STATUS_STYLE[status];
  return (
    <svg width="22" height="12" aria-hidden="true" className="inline-block shrink-0 align-middle">
      <line
        x1="1"
        x2={s.mark === 'open' ? 16 : 14}
        y1="6"
        y2="6"
        stroke={s.color}
        strokeWidth="2.5"
        strokeDasharray={s.mark === 'open' ? '3 2' : undefined}
      />
      {s.mark === 'open' ? (
        <path d="M15,2 L21,6 L15,10 z" fill={s.color} />
      ) : (
        <circle
          cx="16"
          cy="6"
          r="4"
          fill={s.mark === 'filled' ? s.color : '#fff'}
          stroke={s.color}
          strokeWidth="2"
        />
      )}
      {s.mark === 'half' && <circle cx="16" cy="6" r="1.8" fill={s.color} />}
    </svg>
  );
}

export function LedgerLegend({ statuses, sides }: { statuses: OutcomeStatus[]; sides: string[] }) {
  const { t } = useTranslation('ledger');
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700">
      {sides.map((side) => (
        <li key={side} className="inline-flex items-center gap-1">
          <svg width="8" height="14" aria-hidden="true">
            <line x1="4" x2="4" y1="1" y2="13" stroke={SIDE_COLOR[side] ?? '#0f172a'} strokeWidth="3" />
          </svg>
          {t('legendThreat', { side: side === 'US' || side === 'CO' ? t(`sideHeading.${side}`) : side })}
        </li>
      ))}
      {statuses.map((s) => (
        <li key={s} className="inline-flex items-center gap-1">
          <StatusMark status={s} />
          {t(`status.${s}`)}
        </li>
      ))}
    </ul>
  );
}
