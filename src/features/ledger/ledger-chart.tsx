/**
 * Threat → outcome on a time axis, one line per threat: a bar at the threat, a circle at its
 * outcome, an open arrow to the edge while there is none. Plain SVG (x in percent, so it fits any
 * width without measuring). Keyboard: focus it, arrows move between threats, Enter opens one.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, LedgerSort } from '@/view-state/defaults';
import { formatEventDate, formatMonth } from '@/lib/format';
import { monthsBetween } from '@/data/indexed-dataset';
import { actorNames } from '@/lib/actor-names';
import type { IndexedDataset } from '@/data/indexed-dataset';
import { groupKey, type LedgerRow } from './to-ledger-rows';
import { daysText } from './ledger-sentences';
import { STATUS_STYLE } from './status-style';

type Props = {
  rows: readonly LedgerRow[];
  /** Groups of the table's order: a line separates them in the chart too. */
  sort: LedgerSort;
  dataset: Pick<IndexedDataset, 'actorById' | 'updated'>;
  lang: Lang;
  selected: string | null;
  onSelect: (id: string) => void;
};

export const SIDE_COLOR: Record<string, string> = { US: '#1d4ed8', CO: '#b45309' };
const ROW = 18;
const TOP = 4;
const AXIS = 22;
const PAD = 4; // percent of the width kept free on each side

const ms = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The axis: from the first threat's month to the last outcome (or the data's date when one is open). */
export function timeDomain(rows: readonly LedgerRow[], updated: string): [string, string] {
  const dates = rows.flatMap((r) => [r.threat.date, ...(r.outcome?.date ? [r.outcome.date] : [])]);
  if (rows.some((r) => r.days === null)) dates.push(updated);
  const sorted = dates.sort();
  const first = `${sorted[0]!.slice(0, 7)}-01`;
  const last = sorted[sorted.length - 1]!;
  return [first, last > first ? last : `${first.slice(0, 7)}-28`];
}

export function LedgerChart({ rows, sort, dataset, lang, selected, onSelect }: Props) {
  const { t } = useTranslation('ledger');
  const ids = useId();
  const [active, setActive] = useState<number | null>(null);
  if (rows.length === 0) return null;
  const [from, to] = timeDomain(rows, dataset.updated);
  const span = ms(to) - ms(from);
  const x = (day: string) => `${PAD + ((ms(day) - ms(from)) / span) * (100 - 2 * PAD)}%`;
  const months = monthsBetween(from, to);
  const step = Math.max(1, Math.ceil(months.length / 5));
  const ticks = months.filter((_, i) => i % step === 0);
  const height = TOP + rows.length * ROW + AXIS;
  const at = (m: string) => PAD + ((ms(`${m}-01`) - ms(from)) / span) * (100 - 2 * PAD);
  const anchor = (m: string) => (at(m) < 8 ? 'start' : at(m) > 92 ? 'end' : 'middle');
  // On a phone only every other label is drawn, so they do not run into each other.
  const narrowLabel = (m: string) => ticks.length <= 3 || ticks.indexOf(m) % 2 === 0;
  const shown = active !== null ? rows[active] : undefined;

  const onKey = (e: KeyboardEvent) => {
    const last = rows.length - 1;
    const at = active ?? -1;
    const next: Record<string, number> = {
      ArrowDown: Math.min(last, at + 1),
      ArrowRight: Math.min(last, at + 1),
      ArrowUp: Math.max(0, at - 1),
      ArrowLeft: Math.max(0, at - 1),
      Home: 0,
      End: last,
    };
    if (e.key in next) {
      e.preventDefault();
      setActive(next[e.key]!);
    } else if ((e.key === 'Enter' || e.key === ' ') && shown) {
      e.preventDefault();
      onSelect(shown.threat.id);
    }
  };

  const caption = (r: LedgerRow) => {
    const values = {
      date: formatEventDate(r.threat.date, r.threat.datePrecision, lang),
      who: actorNames(r.threat.actors, dataset),
      title: r.threat.title[lang],
      status: t(`status.${r.status}`),
      days: r.days === null ? '' : daysText(r.days, t, lang),
    };
    return r.days === null ? t('chart.active', values) : t('chart.activeDays', values);
  };

  return (
    <figure className="min-w-0">
      <figcaption className="text-sm font-semibold">{t('chart.title')}</figcaption>
      <div
        tabIndex={0}
        role="listbox"
        aria-label={t('chart.label')}
        aria-activedescendant={shown ? `${ids}-row-${active}` : undefined}
        onKeyDown={onKey}
        onBlur={() => setActive(null)}
        onMouseLeave={() => setActive(null)}
        className="mt-1 rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-900"
        data-testid="ledger-chart"
      >
        <svg width="100%" height={height} role="presentation" className="block overflow-visible">
          <defs>
            {(['pending', 'unknown'] as const).map((s) => (
              <marker
                key={s}
                id={`${ids}-arrow-${s}`}
                viewBox="0 0 8 8"
                refX="7"
                refY="4"
                markerWidth="7"
                markerHeight="7"
                orient="auto"
              >
                <path d="M0,0 L8,4 L0,8 z" fill={STATUS_STYLE[s].color} />
              </marker>
            ))}
          </defs>
          {ticks.map((m) => (
            <g key={m} aria-hidden="true">
              <line x1={x(`${m}-01`)} x2={x(`${m}-01`)} y1={TOP} y2={height - AXIS + 2} stroke="#e2e8f0" />
              <text
                x={x(`${m}-01`)}
                y={height - 6}
                textAnchor={anchor(m)}
                className={narrowLabel(m) ? undefined : 'max-sm:hidden'}
                fontSize={10}
                fill="#334155"
              >
                {formatMonth(m, lang)}
              </text>
            </g>
          ))}
          {rows.map((r, i) => {
            const y = TOP + i * ROW + ROW / 2;
            const style = STATUS_STYLE[r.status];
            const open = r.days === null;
            const end = open ? `${100 - PAD / 4}%` : x(r.outcome!.date!);
            const isSelected = r.threat.id === selected;
            return (
              <g
                key={r.threat.id}
                id={`${ids}-row-${i}`}
                role="option"
                aria-selected={isSelected}
                aria-label={caption(r)}
                onClick={() => onSelect(r.threat.id)}
                onMouseEnter={() => setActive(i)}
                className="cursor-pointer"
                data-testid={`ledger-mark-${r.threat.id}`}
              >
                <rect
                  x="0"
                  width="100%"
                  y={y - ROW / 2}
                  height={ROW}
                  fill={isSelected ? '#ffe4e6' : active === i ? '#f1f5f9' : 'transparent'}
                />
                {i > 0 && groupKey(r, sort) !== groupKey(rows[i - 1]!, sort) && (
                  <line
                    x1="0"
                    x2="100%"
                    y1={y - ROW / 2}
                    y2={y - ROW / 2}
                    stroke="#94a3b8"
                    strokeDasharray="2 2"
                  />
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
                  stroke={SIDE_COLOR[r.side] ?? '#0f172a'}
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
          })}
        </svg>
      </div>
      <p id={`${ids}-active`} aria-live="polite" className="mt-1 min-h-10 text-xs text-slate-700">
        {shown ? caption(shown) : t('chart.hint')}
      </p>
    </figure>
  );
}
