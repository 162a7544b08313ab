/**
 * The callout for the day both sides threatened tariffs and dropped them (January 2025): drawn in the
 * plot's empty upper part with a leader to its markers, one line per step in the dataset's order,
 * each with the marker it explains. Drawn in SVG, so the downloads carry it too.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DefaultZIndexes, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts';
import type { Sides } from '@/data/sides';
import type { Lang } from '@/i18n/lang';
import { formatEventDate, formatNumber } from '@/lib/format';
import { sideColor } from '@/lib/side-colors';
import { CARD, INK, MUTED, TEXT } from '@/features/charts/kit/palette';
import { StepShape } from './tariff-marks';
import type { TariffRow } from './to-tariff-series';

const LINE = 15;
const PAD = 6;
/** Average width of one 11 px character, to size the box without measuring text. */
const CHAR = 6;

/** The callout's lines: "US: 25 % · Threatened", in the dataset's order (pure apart from i18n). */
export function episodeLines(row: TariffRow, sides: Sides, lang: Lang, status: (s: string) => string) {
  return row.steps.map((s) => {
    const side = sides.find((x) => x.id === s.imposer);
    const who = side ? side.short[lang] : s.imposer;
    return {
      id: s.id,
      imposer: s.imposer,
      status: s.status,
      text: `${who}: ${formatNumber(s.rate, lang)} % · ${status(s.status)}`,
    };
  });
}

type Props = { row: TariffRow; sides: Sides; lang: Lang };

/** The callout's title and lines in the reader's language. */
function useEpisodeText({ row, sides, lang }: Props) {
  const { t } = useTranslation('charts');
  return {
    title: t('tariffs.episode', { date: formatEventDate(row.date, 'day', lang) }),
    lines: episodeLines(row, sides, lang, (s) => t(`tariffs.status.${s}`)),
  };
}

/**
 * The callout inside the plot, when it fits beside the day's markers; `onFit` tells the chart whether
 * it did, so a narrow plot (a phone) shows the same lines under the plot instead.
 */
export function TariffEpisode({ onFit, ...props }: Props & { onFit: (fits: boolean) => void }) {
  const { row, sides } = props;
  const { title, lines } = useEpisodeText(props);
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  const cx = (x && x(row.x)) ?? plot?.x ?? 0;
  const left = cx + 28;
  const width = Math.max(title.length, ...lines.map((l) => l.text.length + 3)) * CHAR + PAD * 2;
  const fits = !!plot && left + width <= plot.x + plot.width;
  useEffect(() => onFit(fits), [fits, onFit]);
  if (!x || !y || !plot || !fits) return null;
  const top = plot.y + 2;
  const height = (lines.length + 1) * LINE + PAD * 2;
  const anchorY = y(Math.max(...row.steps.map((s) => s.rate))) ?? top;
  return (
    // Over the marks and the selected-event line: the callout is read, not drawn behind.
    <ZIndexLayer zIndex={DefaultZIndexes.label}>
      <g className="tariff-episode" data-testid="tariff-episode">
        <path
          d={`M${cx + 8},${anchorY} H${left - 4} V${top + height / 2} H${left}`}
          fill="none"
          stroke={MUTED}
          strokeWidth={1}
        />
        <rect
          x={left}
          y={top}
          width={width}
          height={height}
          rx={4}
          fill={CARD}
          fillOpacity={0.94}
          stroke={MUTED}
          strokeWidth={1}
        />
        <text x={left + PAD} y={top + PAD + 11} fontSize={11} fontWeight={600} fill={INK}>
          {title}
        </text>
        {lines.map((l, i) => (
          <g key={l.id} transform={`translate(${left + PAD},${top + PAD + (i + 1) * LINE + 7})`}>
            <g transform="translate(6,0)">
              <StepShape status={l.status} color={sideColor(sides, l.imposer)} />
            </g>
            <text x={16} y={4} fontSize={11} fill={TEXT}>
              {l.text}
            </text>
          </g>
        ))}
      </g>
    </ZIndexLayer>
  );
}

/** The same callout as a list under the plot, for a plot too narrow to hold it. */
export function TariffEpisodeList(props: Props) {
  const { title, lines } = useEpisodeText(props);
  return (
    <section
      className="mt-2 border-t border-slate-200 pt-1 text-xs text-slate-700"
      data-testid="tariff-episode-list"
    >
      <p className="font-semibold text-slate-900">{title}</p>
      <ul>
        {lines.map((l) => (
          <li key={l.id} className="flex items-center gap-1">
            <svg width="14" height="14" aria-hidden="true" className="shrink-0">
              <g transform="translate(7,7)">
                <StepShape status={l.status} color={sideColor(props.sides, l.imposer)} />
              </g>
            </svg>
            {l.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
