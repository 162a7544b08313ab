/** The tension index: per month, how each side acted toward the other (Goldstein weights or counts). */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  useActiveTooltipLabel,
} from 'recharts';
import type { Event } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import { DIRECTIONS, tensionIndex, type Direction, type TensionMonth } from '@/data/tension-index';
import type { ViewState } from '@/view-state/defaults';
import type { SetView } from '@/view-state/use-view-state';
import { Chip } from '@/components/ui/chip';
import { formatMonth, formatNumber } from '@/lib/format';
import { ChartCard, LegendItem, plotLabel } from './chart-card';
import { AXIS_TICK, GRID, MUTED, SELECTED, SHADE } from './chart-colors';
import { TooltipBox, activeRow, type TipProps, TOOLTIP_PROPS } from './chart-tooltip';
import { TensionTable } from './tension-table';
import { WeightedEventList, signed } from './tension-events';
import { tensionTakeaway } from './tension-takeaway';
import { directionLabel, type Sides } from '@/data/sides';
import { SIDE_PALETTE } from '@/lib/side-colors';

type Props = { dataset: IndexedDataset; events: readonly Event[]; view: ViewState; setView: SetView };

/** Each direction in its acting side's colours: hostile in the main tone, cooperative in the light one. */
export function tensionColors(sides: Sides): Record<Direction, { hostile: string; cooperative: string }> {
  const tones = (i: 0 | 1) => SIDE_PALETTE[sides[i].color];
  return {
    ab: { hostile: tones(0).main, cooperative: tones(0).light },
    ba: { hostile: tones(1).main, cooperative: tones(1).light },
  };
}

/** Reports the month under the pointer or the keyboard to the card (hover and focus alike). */
function ActiveMonth({ onChange }: { onChange: (month: string) => void }) {
  const label = useActiveTooltipLabel();
  useEffect(() => {
    if (typeof label === 'string') onChange(label);
  }, [label, onChange]);
  return null;
}

export function TensionChart({ dataset, events, view, setView }: Props) {
  const { t } = useTranslation('charts');
  const lang = view.lang;
  const mode = view.index;
  const months = useMemo(
    () => tensionIndex(events, dataset.actorById, dataset.months, mode, dataset.sides),
    [events, dataset.actorById, dataset.months, mode, dataset.sides],
  );
  const colors = useMemo(() => tensionColors(dataset.sides), [dataset.sides]);
  const dirLabel = (d: Direction) => directionLabel(d, dataset.sides, lang);
  const selected = view.event ? dataset.eventById.get(view.event) : undefined;
  const [active, setActive] = useState<string | null>(null);
  const shown =
    active ?? (view.month?.from === view.month?.to ? view.month?.from : null) ?? selected?.date.slice(0, 7);
  const shownMonth = months.find((m) => m.month === shown);
  const first = dataset.months[0] ?? '';
  const last = dataset.months[dataset.months.length - 1] ?? '';
  const shade = view.month && view.month.to >= first && view.month.from <= last ? view.month : null;
  const selectMonth = (month: string) => setView({ month: { from: month, to: month } });
  const selectEvent = (id: string) => setView({ event: id });

  const plot = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = plot.current;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && active) setView({ month: { from: active, to: active } });
    };
    el?.addEventListener('keydown', onKey);
    return () => el?.removeEventListener('keydown', onKey);
  }, [setView, active]);

  const value = (m: TensionMonth, d: Direction) =>
    m[d].value === null ? '—' : mode === 'count' ? formatNumber(m[d].value, lang) : signed(m[d].value, lang);
  const renderTooltip = (p: TipProps) => {
    const m = activeRow<TensionMonth>(p);
    if (!m) return null;
    return (
      <TooltipBox title={formatMonth(m.month, lang, 'long')}>
        {DIRECTIONS.map((d) => (
          <p key={d}>
            <span className="font-semibold">
              {dirLabel(d)}: {value(m, d)}
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
  };

  const bar = (d: Direction, part: 'hostile' | 'cooperative' | 'value') => (
    <Bar
      key={`${d}-${part}`}
      dataKey={(m: TensionMonth) => (m[d].value === null ? null : m[d][part])}
      name={`${d}-${part}`}
      stackId={d}
      fill={colors[d][part === 'cooperative' ? 'cooperative' : 'hostile']}
      // The pale cooperative fill sits under 3:1 against the card; its outline in the side's
      // strong colour keeps every bar visible (WCAG 1.4.11).
      stroke={colors[d].hostile}
      strokeWidth={part === 'cooperative' ? 1 : 0}
      isAnimationActive={false}
      cursor="pointer"
    />
  );

  return (
    <ChartCard
      id="tension"
      title={t('tension.title')}
      takeaway={`${tensionTakeaway(months, mode, t, lang, dataset.sides)} ${
        events.length === dataset.events.length
          ? t('tension.scopeAll')
          : t('tension.scopeFiltered', { count: events.length, total: dataset.events.length })
      }`}
      units={t(`tension.units.${mode}`)}
      method={
        <a href="#about-heading" className="text-blue-800 underline underline-offset-2">
          {t('tension.method')}
        </a>
      }
      publishers={[t('tension.sourceName')]}
      lang={lang}
      controls={
        <div className="flex gap-1" role="group" aria-label={t('tension.modeLabel')}>
          {(['goldstein', 'count'] as const).map((m) => (
            <Chip
              key={m}
              pressed={mode === m}
              className="min-h-7 px-2 py-0.5 text-xs"
              onClick={() => setView({ index: m })}
            >
              {t(`tension.mode.${m}`)}
            </Chip>
          ))}
        </div>
      }
      legend={DIRECTIONS.flatMap((d) =>
        (mode === 'goldstein' ? (['hostile', 'cooperative'] as const) : (['hostile'] as const)).map(
          (part) => (
            <LegendItem
              key={`${d}-${part}`}
              label={mode === 'goldstein' ? t(`tension.legend.${part}`, { dir: dirLabel(d) }) : dirLabel(d)}
              swatch={
                <rect
                  x={1.5}
                  y={1.5}
                  width={15}
                  height={9}
                  fill={colors[d][part]}
                  stroke={colors[d].hostile}
                />
              }
            />
          ),
        ),
      )}
      below={
        <section
          aria-live="polite"
          className="mt-2 max-h-36 overflow-auto border-t border-slate-200 pt-1 text-xs"
          data-testid="tension-month"
        >
          {shownMonth ? (
            <>
              <p className="font-semibold">
                {formatMonth(shownMonth.month, lang, 'long')}{' '}
                <button
                  type="button"
                  className="font-normal text-blue-800 underline"
                  onClick={() => selectMonth(shownMonth.month)}
                >
                  {t('tension.filterMonth')}
                </button>
              </p>
              {DIRECTIONS.map((d) => (
                <div key={d} className="mt-1">
                  <p className="text-slate-700">
                    {dirLabel(d)}: {value(shownMonth, d)}
                  </p>
                  <WeightedEventList
                    events={shownMonth[d].events}
                    lang={lang}
                    selected={view.event}
                    onSelect={selectEvent}
                  />
                </div>
              ))}
            </>
          ) : (
            <p className="text-slate-600">{t('tension.hoverHint')}</p>
          )}
        </section>
      }
      table={
        <TensionTable
          months={months}
          mode={mode}
          lang={lang}
          sides={dataset.sides}
          selected={view.event}
          onSelect={selectEvent}
        />
      }
    >
      <div ref={plot} className="h-full w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            {...plotLabel('tension')}
            data={months}
            stackOffset="sign"
            margin={{ top: 10, right: 8, bottom: 0, left: 0 }}
            onClick={(s) => typeof s.activeLabel === 'string' && selectMonth(s.activeLabel)}
          >
            <CartesianGrid vertical={false} stroke={GRID} />
            <XAxis
              dataKey="month"
              tickFormatter={(m: string) => formatMonth(m, lang)}
              tick={AXIS_TICK}
              minTickGap={8}
            />
            <YAxis
              width={36}
              tick={AXIS_TICK}
              allowDecimals={mode === 'goldstein'}
              tickFormatter={(v: number) => formatNumber(v, lang)}
            />
            {shade && (
              <ReferenceArea
                x1={shade.from < first ? first : shade.from}
                x2={shade.to > last ? last : shade.to}
                fill={SHADE}
                fillOpacity={0.5}
                className="month-shade"
              />
            )}
            {selected && (
              <ReferenceLine
                x={selected.date.slice(0, 7)}
                stroke={SELECTED}
                strokeDasharray="4 3"
                className="selected-event"
              />
            )}
            <ReferenceLine y={0} stroke={MUTED} />
            {DIRECTIONS.flatMap((d) =>
              mode === 'goldstein' ? [bar(d, 'hostile'), bar(d, 'cooperative')] : [bar(d, 'value')],
            )}
            <ActiveMonth onChange={setActive} />
            <Tooltip content={renderTooltip} {...TOOLTIP_PROPS} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </ChartCard>
  );
}
