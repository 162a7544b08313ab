/** The frame of one chart: title, takeaway, units, the plot, a legend, a Table toggle and the source line. */
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { Lang } from '@/i18n/lang';
import { cn } from '@/lib/cn';
import { formatList } from '@/lib/format';
import { CARD_CLASS, PLOT_CLASS } from './chart-size';
import { ChartDownloads, readLegend } from './chart-downloads';

type Props = {
  id: string;
  title: string;
  takeaway: string;
  units: string;
  /** A link to how the chart is computed, after the units. */
  method?: ReactNode;
  publishers: readonly string[];
  lang: Lang;
  controls?: ReactNode;
  legend?: ReactNode;
  /** Classes for the plot's box, merged over the card's (a taller plot for many bars on a phone). */
  plotClassName?: string;
  /** The chart draws only the events the filters show (the tension index): its download names them. */
  followsFilters?: boolean;
  /** Shown under the plot (the tension index's month details). */
  below?: ReactNode;
  table: ReactNode;
  children: ReactNode;
};

const SHOWN = 4;

export function ChartCard({
  id,
  title,
  takeaway,
  units,
  method,
  publishers,
  lang,
  controls,
  legend,
  followsFilters = false,
  plotClassName,
  below,
  table,
  children,
}: Props) {
  const { t } = useTranslation('charts');
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const plotRef = useRef<HTMLDivElement>(null);
  const legendRef = useRef<HTMLDivElement>(null);
  const more = publishers.length - SHOWN;
  const names = more > 0 ? [...publishers.slice(0, SHOWN), t('moreSources', { count: more })] : publishers;
  const sourceLine = t('sourceLine', { names: names.length ? formatList(names, lang) : '—' });
  const allSources = t('sourceLine', { names: publishers.length ? formatList(publishers, lang) : '—' });
  return (
    <article aria-labelledby={`chart-${id}-title`} className={CARD_CLASS} data-testid={`chart-${id}`}>
      <h3 id={`chart-${id}-title`} className="font-semibold">
        {title}
      </h3>
      <p id={`chart-${id}-takeaway`} className="mt-0.5 text-sm text-slate-700">
        {takeaway}
      </p>
      <div className="mt-1 flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-slate-600">
          {units}
          {method && <> {method}</>}
        </p>
        {controls}
      </div>
      <div ref={plotRef} className={cn(PLOT_CLASS, 'mt-1', plotClassName)}>
        {children}
      </div>
      {legend && (
        <div ref={legendRef} className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700">
          {legend}
        </div>
      )}
      {below}
      <div className="mt-auto pt-2">
        <div className="flex flex-wrap items-center justify-between gap-1">
          <Button
            variant="ghost"
            className="-ml-2"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((s) => !s)}
          >
            {showTable ? t('table.hide') : t('table.show')}
          </Button>
          <ChartDownloads
            id={id}
            // The plot area's first <svg> is the chart (legend icons come after it): no library class names.
            plot={() => plotRef.current?.querySelector<SVGSVGElement>(':scope svg') ?? null}
            legend={() => readLegend(legendRef.current)}
            followsFilters={followsFilters}
            meta={{ title, units, source: allSources }}
          />
        </div>
        <div id={tableId} hidden={!showTable} className="mt-1 max-h-96 overflow-auto">
          {showTable && table}
        </div>
        <p className="mt-1 text-xs text-slate-600">{sourceLine}</p>
      </div>
    </article>
  );
}

/**
 * The plot's name and description for assistive technology: the card's title and its one-sentence takeaway.
 * Spread onto the Recharts chart, whose focusable SVG (the keyboard layer) would otherwise be nameless.
 */
export const plotLabel = (id: string) => ({
  'aria-labelledby': `chart-${id}-title`,
  'aria-describedby': `chart-${id}-takeaway`,
});

/** A legend entry: a small swatch drawn in SVG and its label. */
export function LegendItem({ swatch, label }: { swatch: ReactNode; label: string }) {
  return (
    <span data-legend-item className="inline-flex items-center gap-1">
      <svg width="18" height="12" aria-hidden="true" className="shrink-0">
        {swatch}
      </svg>
      {label}
    </span>
  );
}
