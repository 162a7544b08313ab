/** The box every chart tooltip is drawn in, and the source line each point carries. */
import type { ReactNode } from 'react';
import type { Citation, Source } from '@/data/schema';
import type { Lang } from '@/i18n/lang';
import { formatPublished } from '@/lib/format';
import { citedSources } from './sources';
import { sourceName } from '@/lib/source-order';

export function TooltipBox({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div
      role="status"
      data-testid="chart-tooltip"
      className="max-w-[15rem] rounded-md border border-slate-300 bg-white/95 p-2 text-xs text-slate-800 shadow-lg"
    >
      <p className="font-semibold">{title}</p>
      <div className="mt-1 space-y-1.5">{children}</div>
    </div>
  );
}

/** "AP, 27 Jan 2025 · The Hill, 26 Jan 2025" */
export function sourcesText(
  citations: readonly Citation[],
  sourceById: ReadonlyMap<string, Source>,
  lang: Lang,
) {
  return citedSources(citations, sourceById)
    .map((s) => `${sourceName(s, lang)}, ${formatPublished(s.published, lang)}`)
    .join(' · ');
}

export function SourcesNote({ label, text }: { label: string; text: string }) {
  return (
    <p className="text-slate-600">
      {label}: {text}
    </p>
  );
}

/** What a tooltip content function needs from Recharts: whether it is active, and the hovered row. */
export type TipProps = { active?: boolean; label?: unknown; payload?: ReadonlyArray<{ payload?: unknown }> };
export const activeRow = <T,>({ active, payload }: TipProps): T | undefined =>
  active ? (payload?.[0]?.payload as T | undefined) : undefined;

/** The Tooltip settings every chart shares: may leave the plot vertically, above the cards, no animation. */
export const TOOLTIP_PROPS = {
  allowEscapeViewBox: { x: false, y: true },
  wrapperStyle: { zIndex: 30 },
  isAnimationActive: false,
} as const;
