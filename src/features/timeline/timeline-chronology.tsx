/**
 * The timeline on a phone: a vertical chronology (a date rail grouped by month) instead of a
 * squeezed horizontal strip. Same marks (topic colour, dashed for approximate dates, ★ for key
 * moments), same selection (a tap opens the detail and puts the event in the link) and the same
 * stretch for a link with a window or a month. Plain React: vis-timeline is not loaded on phones.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Event } from '@/data/schema';
import type { Lang } from '@/view-state/defaults';
import { useDataset } from '@/data/dataset-context';
import { useSetView } from '@/view-state/view-context';
import { formatMonth, formatSpan } from '@/lib/format';
import { topicColor } from '@/lib/topic-colors';
import { Button } from '@/components/ui/button';
import { KindBadge } from '@/components/ui/kind-badge';
import { eventKind, type EventKind } from '@/data/event-kind';
import { railDate, toChronology } from './to-chronology';
import { windowForView } from './to-timeline-items';
import { TimelineLegend } from './timeline-legend';
import type { DrawnView } from './drawn-view';

/** Rows drawn at first and added by each "Show more". */
export const CHRONOLOGY_PAGE = 150;

export const chronologyRowId = (id: string) => `tl-row-${id}`;

export function TimelineChronology({ events, view }: DrawnView) {
  const { t } = useTranslation('timeline');
  const dataset = useDataset();
  const setView = useSetView();
  const lang = view.lang;
  const window =
    view.window ?? (view.month ? windowForView({ window: null, month: view.month }, dataset) : null);
  const [limit, setLimit] = useState(CHRONOLOGY_PAGE);
  const chronology = useMemo(
    () => toChronology(events, window, view.event, limit),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the window's two days are its identity
    [events, window?.start, window?.end, view.event, limit],
  );
  const topicIndex = useMemo(() => new Map(dataset.topics.map((x, i) => [x.id, i])), [dataset]);
  const wholeStory = () => void setView({ window: null }, 'replace');

  return (
    <div className="rounded-lg border border-slate-200 bg-white" data-testid="timeline-chronology">
      {chronology.before > 0 && (
        <p className="border-b border-slate-100 px-3 py-2 text-sm">
          <Button onClick={wholeStory}>{t('chronology.earlier', { count: chronology.before })}</Button>
        </p>
      )}
      <ol aria-label={t('label')} className="px-3 py-2">
        {chronology.months.map(({ month, events: inMonth }) => (
          // Off screen, a month is not styled, laid out or painted (the chronology is 7,000 px on a
          // phone at load), yet stays in the page for find-in-page, the keyboard and screen readers. Until
          // first drawn it holds about its height.
          <li
            key={month}
            className="off-screen"
            style={{ containIntrinsicBlockSize: `auto ${monthHeight(inMonth.length)}px` }}
          >
            {/* The month sticks just below the page's section bar (not under it), and a focused row keeps
                room below both (its scroll margin). */}
            <h3
              className="sticky top-(--sticky-top) z-10 -mx-3 bg-white/95 px-3 py-1.5 text-sm font-bold text-slate-900"
              data-sticky="month"
            >
              {formatMonth(month, lang, 'long')}
            </h3>
            <ol className="relative mb-2 ml-[3.5rem] border-l-2 border-slate-200">
              {inMonth.map((e) => (
                <ChronologyRow
                  key={e.id}
                  event={e}
                  lang={lang}
                  selected={e.id === view.event}
                  color={topicColor(e.topics[0]!, topicIndex.get(e.topics[0]!) ?? 0)}
                  onSelect={() => void setView({ event: e.id })}
                />
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {chronology.more > 0 && (
        <p className="px-3 pb-2">
          <Button onClick={() => setLimit(limit + CHRONOLOGY_PAGE)}>
            {t('chronology.more', { count: Math.min(CHRONOLOGY_PAGE, chronology.more) })}
          </Button>
        </p>
      )}
      {chronology.after > 0 && (
        <p className="border-t border-slate-100 px-3 py-2 text-sm">
          <Button onClick={wholeStory}>{t('chronology.later', { count: chronology.after })}</Button>
        </p>
      )}
      <TimelineLegend />
      {events.length === 0 && (
        <p className="px-3 pb-3 text-sm text-slate-700" role="status">
          {t('empty')}
        </p>
      )}
    </div>
  );
}

/** About how tall a month of `rows` events is drawn on a phone (its heading, then rows of one or two lines). */
const monthHeight = (rows: number) => 32 + 8 + rows * 48;

/** The dot's shape by kind of move, as on the wide timeline: a threat a diamond, an act a square. */
const DOT_SHAPE: Record<EventKind, string> = {
  threat: 'rotate-45',
  act: 'rounded-[1px]',
  statement: 'rounded-full',
  cooperation: 'rounded-full',
};

type RowProps = { event: Event; lang: Lang; selected: boolean; color: string; onSelect: () => void };

function ChronologyRow({ event: e, lang, selected, color, onSelect }: RowProps) {
  const inexact = e.datePrecision !== 'day';
  return (
    <li className="relative py-1 pl-4" data-event-id={e.id}>
      {/* The date sits on the rail's left; the mark on the rail. */}
      <span className="absolute top-2 -left-[3.5rem] w-[3rem] text-right text-xs leading-tight text-slate-600 tabular-nums">
        {railDate(e, lang)}
      </span>
      <span
        aria-hidden="true"
        className={`absolute top-2.5 -left-[7px] z-[1] h-3 w-3 border-2 ${DOT_SHAPE[eventKind(e.cameo)]} ${inexact ? 'border-dashed bg-white' : ''} ${e.keyMoment ? 'ring-3 ring-amber-200' : ''}`}
        style={{ borderColor: color, ...(inexact ? {} : { background: color }) }}
      />
      <button
        type="button"
        id={chronologyRowId(e.id)}
        aria-pressed={selected}
        onClick={onSelect}
        className={`min-h-8 w-full scroll-mt-9 rounded-md px-2 py-1 text-left text-body leading-snug sm:text-sm ${selected ? 'bg-blue-100 text-blue-950' : 'text-slate-900 hover:bg-slate-100'} ${e.keyMoment ? 'font-semibold' : ''}`}
      >
        <span className="row-sr-only">{formatSpan(e.date, e.endDate, e.datePrecision, lang)}: </span>
        <KindBadge cameo={e.cameo} className="mr-1.5 align-[1px] font-normal" />
        {e.keyMoment && (
          <span aria-hidden="true" className="text-amber-700">
            ★{' '}
          </span>
        )}
        {e.title[lang]}
      </button>
    </li>
  );
}
