/** One threat's line in the chart: a bar at the threat, a circle at its outcome, an open arrow while there is none. */
import type { LedgerSort } from '@/view-state/defaults';
import type { IndexedDataset } from '@/data/indexed-dataset';
import { sideColor } from '@/lib/side-colors';
import { groupKey, type LedgerRow } from '@/features/ledger/to-ledger-rows';
import { PAD, ROW, TOP } from '@/features/ledger/ledger-chart-scale';
import { STATUS_STYLE } from '@/features/ledger/status-style';

type Props = {
  row: LedgerRow;
  index: number;
  /** The row above, to draw a line where the table's groups change. */
  previous: LedgerRow | undefined;
  sort: LedgerSort;
  ids: string;
  x: (day: string) => string;
  sides: IndexedDataset['sides'];
  isSelected: boolean;
  isActive: boolean;
  label: string;
  onSelect: (id: string) => void;
  onHover: (index: number) => void;
};

export function LedgerChartRow(props: Props) {
  const { row: r, index: i, previous, sort, ids, x, sides, isSelected, isActive } = props;
  const y = TOP + i * ROW + ROW / 2;
  const style = STATUS_STYLE[r.status];
  const open = r.days === null;
  const end = open ? `${100 - PAD / 4}%` : x(r.outcome!.date!);
  return (
    <g
      id={`${ids}-row-${i}`}
      role="option"
      aria-selected={isSelected}
      aria-label={props.label}
      onClick={() => props.onSelect(r.threat.id)}
      onMouseEnter={() => props.onHover(i)}
      className="cursor-pointer"
      data-testid={`ledger-mark-${r.threat.id}`}
    >
      <rect
        x="0"
        width="100%"
        y={y - ROW / 2}
        height={ROW}
        fill={isSelected ? '#ffe4e6' : isActive ? '#f1f5f9' : 'transparent'}
      />
      {previous && groupKey(r, sort) !== groupKey(previous, sort) && (
        <line x1="0" x2="100%" y1={y - ROW / 2} y2={y - ROW / 2} stroke="#94a3b8" strokeDasharray="2 2" />
      )}
      <line
        x1={x(r.threat.date)}
        x2={end}
        y1={y}
        y2={y}
        stroke={style.color}
        strokeWidth={2.5}
        strokeDasharray={open ? '4 3' : undefined}
        markerEnd={open ? `url(#${ids}-arrow-${r.status})` : undefined}
      />
      <line
        x1={x(r.threat.date)}
        x2={x(r.threat.date)}
        y1={y - 8}
        y2={y + 8}
        stroke={sideColor(sides, r.side)}
        strokeWidth={3}
      />
      {!open && (
        <circle
          cx={end}
          cy={y}
          r={4.5}
          fill={style.mark === 'filled' ? style.color : '#fff'}
          stroke={style.color}
          strokeWidth={2}
        />
      )}
      {style.mark === 'half' && <circle cx={end} cy={y} r={2} fill={style.color} />}
    </g>
  );
}
