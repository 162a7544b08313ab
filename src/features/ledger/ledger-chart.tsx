/**
 * Threat → outcome on a time axis, one line per threat: a bar at the threat, a circle at its
 * outcome, an open arrow to the edge while there is none. Plain SVG (x in percent, so it fits any
 * width without measuring). Keyboard: focus it, arrows move between threats, Enter opens one.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, LedgerSort } from '@/view-state/defaults';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { LedgerRow } from '@/features/ledger/to-ledger-rows';
import { chartScale } from '@/features/ledger/ledger-chart-scale';
import { useChartKeys } from '@/features/ledger/use-chart-keys';
import { useChartCaption } from '@/features/ledger/ledger-chart-caption';
import { ArrowMarkers, MonthTicks } from '@/features/ledger/ledger-chart-axis';
import { LedgerChartRow } from '@/features/ledger/ledger-chart-row';

type Props = {
  rows: readonly LedgerRow[];
  /** Groups of the table's order: a line separates them in the chart too. */
  sort: LedgerSort;
  dataset: Pick<IndexedDataset, 'actorById' | 'updated' | 'sides'>;
  lang: Lang;
  selected: string | null;
  onSelect: (id: string) => void;
};

export function LedgerChart({ rows, sort, dataset, lang, selected, onSelect }: Props) {
  const { t } = useTranslation('ledger');
  const ids = useId();
  const { active, setActive, shown, onKey } = useChartKeys(rows, onSelect);
  const caption = useChartCaption(dataset, lang);
  if (rows.length === 0) return null;
  const scale = chartScale(rows, dataset.updated);

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
        <svg width="100%" height={scale.height} role="presentation" className="block overflow-visible">
          <ArrowMarkers ids={ids} />
          <MonthTicks scale={scale} lang={lang} />
          {rows.map((r, i) => (
            <LedgerChartRow
              key={r.threat.id}
              row={r}
              index={i}
              previous={i > 0 ? rows[i - 1] : undefined}
              sort={sort}
              ids={ids}
              x={scale.x}
              sides={dataset.sides}
              isSelected={r.threat.id === selected}
              isActive={active === i}
              label={caption(r)}
              onSelect={onSelect}
              onHover={setActive}
            />
          ))}
        </svg>
      </div>
      <p id={`${ids}-active`} aria-live="polite" className="mt-1 min-h-10 text-xs text-slate-700">
        {shown ? caption(shown) : t('chart.hint')}
      </p>
    </figure>
  );
}
