/** The tension index: per month, how each side acted toward the other (Goldstein weights or counts). */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import { directionLabel } from '@/data/sides';
import { tensionIndex, type Direction } from '@/data/tension-index';
import type { ViewState } from '@/view-state/defaults';
import type { SetView } from '@/view-state/use-view-state';
import { ChartCard } from '@/features/charts/kit/chart-card';
import { TensionControls } from './tension-controls';
import { TensionLegend } from './tension-legend';
import { TensionMonthDetails } from './tension-month';
import { tensionColors } from './tension-parts';
import { TensionPlot } from './tension-plot';
import { TensionTable } from './tension-table';
import { tensionTakeaway } from './tension-takeaway';

type Props = { dataset: IndexedDataset; events: readonly Event[]; view: ViewState; setView: SetView };

export function TensionChart({ dataset, events, view, setView }: Props) {
  const { t } = useTranslation('charts');
  const { lang, index: mode } = view;
  const months = useMemo(
    () => tensionIndex(events, dataset.actorById, dataset.months, mode, dataset.sides),
    [events, dataset.actorById, dataset.months, mode, dataset.sides],
  );
  const colors = useMemo(() => tensionColors(dataset.sides), [dataset.sides]);
  const dirLabel = useCallback(
    (d: Direction) => directionLabel(d, dataset.sides, lang),
    [dataset.sides, lang],
  );
  const domain = useMemo<[string, string]>(
    () => [dataset.months[0] ?? '', dataset.months.at(-1) ?? ''],
    [dataset.months],
  );
  const selected = view.event ? dataset.eventById.get(view.event) : undefined;
  const [active, setActive] = useState<string | null>(null);
  const shown =
    active ?? (view.month?.from === view.month?.to ? view.month?.from : null) ?? selected?.date.slice(0, 7);
  const selectMonth = useCallback(
    (month: string) => setView({ month: { from: month, to: month } }),
    [setView],
  );
  const selectEvent = (id: string) => setView({ event: id });
  const scope =
    events.length === dataset.events.length
      ? t('tension.scopeAll')
      : t('tension.scopeFiltered', { count: events.length, total: dataset.events.length });
  const shared = { mode, lang, dirLabel };

  return (
    <ChartCard
      id="tension"
      title={t('tension.title')}
      takeaway={`${tensionTakeaway(months, mode, t, lang, dataset.sides)} ${scope}`}
      units={t(`tension.units.${mode}`)}
      method={
        <a href="#about-heading" className="text-blue-800 underline underline-offset-2">
          {t('tension.method')}
        </a>
      }
      publishers={[t('tension.sourceName')]}
      lang={lang}
      followsFilters
      controls={<TensionControls mode={mode} onMode={(m) => setView({ index: m })} />}
      legend={<TensionLegend mode={mode} colors={colors} dirLabel={dirLabel} />}
      below={
        <TensionMonthDetails
          {...shared}
          month={months.find((m) => m.month === shown)}
          selected={view.event}
          onMonth={selectMonth}
          onEvent={selectEvent}
        />
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
      <TensionPlot
        {...shared}
        months={months}
        colors={colors}
        domain={domain}
        shade={view.month}
        selectedMonth={selected ? selected.date.slice(0, 7) : null}
        active={active}
        onActive={setActive}
        onMonth={selectMonth}
      />
    </ChartCard>
  );
}
