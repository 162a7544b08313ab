/** The filtered events by date, grouped by month: the accessible twin of the timeline. */
import { memo, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Button } from '@/components/ui/button';
import type { Event } from '@/data/schema';
import type { Lang } from '@/i18n/lang';
import { useDataset } from '@/data/dataset-context';
import { useControlsPick, useSetView, useView } from '@/view-state/view-context';
import { useControlsEvents } from '@/view-state/selection-context';
import { clearedFilters } from '@/view-state/filters';
import { formatMonth } from '@/lib/format';
import { describeFilters } from '@/lib/describe-filters';
import { EmptyState } from '@/components/ui/empty-state';
import { useAfterPaint } from '@/lib/use-after-paint';
import { rememberT } from '@/lib/remember-t';
import { EventRow } from './event-row';

function byMonth(events: readonly Event[]): [string, Event[]][] {
  const groups = new Map<string, Event[]>();
  for (const e of events) {
    const month = e.date.slice(0, 7);
    const group = groups.get(month);
    if (group) group.push(e);
    else groups.set(month, [e]);
  }
  return [...groups.entries()];
}

/** Rows drawn at first and per "Show more": a long story stays quick to render. */
const PAGE = 100;
/**
 * After a change, the rows of the first screen paint first (a row is 6–8 rem tall on a desktop,
 * taller on a phone: 12 fill a tall screen); the rest of the page follows a frame later.
 */
const FIRST_SCREENS = 12;

/**
 * No props: it reads the view and the selected events from their hooks, and draws through a
 * memoised body that takes only what it shows, so a pan of the timeline or a change that leaves
 * the list alone does not re-render its rows.
 * The list follows the controls' view (its filters and the selected event), so a filter change
 * paints its first rows in the input's own frame, before the timeline, charts and quotes; its
 * language is the one the panels' texts come in (the deferred view), so a row never mixes two.
 */
export function EventsList() {
  const { t } = useTranslation();
  const dataset = useDataset();
  const { lang } = useView();
  const view = useControlsPick('actor', 'month', 'topic', 'q', 'event');
  const events = useControlsEvents();
  // Only an empty list names the filters, so only then does the body depend on them.
  const empty =
    events.length === 0
      ? t('events.empty', { filters: describeFilters({ ...view, lang }, dataset, t, 'involving') })
      : null;
  return <EventsListBody events={events} lang={lang} selected={view.event} empty={empty} />;
}

type BodyProps = { events: readonly Event[]; lang: Lang; selected: string | null; empty: string | null };

/** A key per list of events (a list is never changed, only replaced). */
const listKeys = new WeakMap<readonly Event[], number>();
let lastKey = 0;
const keyOf = (events: readonly Event[]) => {
  let key = listKeys.get(events);
  if (key === undefined) listKeys.set(events, (key = ++lastKey));
  return key;
};

const EventsListBody = memo(function EventsListBody({ events, lang, selected, empty }: BodyProps) {
  const { t } = useTranslation();
  const dataset = useDataset();
  const setView = useSetView();
  const onSelect = useCallback((id: string) => void setView({ event: id }), [setView]);
  const [limit, setLimit] = useState(PAGE);
  // After a change, the new list draws its first screen of rows at once; the rows of the list
  // painted before stay in the page, hidden, until that frame has painted, and are removed with
  // the rest of the new rows' drawing: removing a hundred rows costs more than drawing twelve.
  const [painted] = useAfterPaint(events);
  const settled = painted === events;
  // The rows ask the same few texts again and again: one remembering translator per language.
  const rowT = useMemo(() => rememberT(t), [t]);
  const rows = { lang, selected, onSelect, t: rowT };
  return (
    <section aria-labelledby="events-heading" className="min-w-0">
      <h2 id="events-heading" className="text-lg font-bold">
        {t('events.heading')}
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        {events.length < dataset.events.length
          ? t('events.hidden', { count: dataset.events.length - events.length })
          : t('events.all', { count: events.length })}
      </p>
      {empty !== null ? (
        <EmptyState
          message={empty}
          actionLabel={t('filters.clear')}
          onAction={() => void setView(clearedFilters())}
        />
      ) : (
        <div className="space-y-5">
          <MonthGroups
            key={keyOf(events)}
            events={events}
            limit={settled ? limit : Math.min(limit, FIRST_SCREENS)}
            {...rows}
          />
          {!settled && <MonthGroups key={keyOf(painted)} events={painted} limit={limit} hidden {...rows} />}
          {events.length > limit && (
            <Button onClick={() => setLimit((l) => l + PAGE)}>
              {t('events.showMore', {
                count: Math.min(PAGE, events.length - limit),
                left: events.length - limit,
              })}
            </Button>
          )}
        </div>
      )}
    </section>
  );
});

type GroupsProps = {
  events: readonly Event[];
  limit: number;
  lang: Lang;
  selected: string | null;
  onSelect: (id: string) => void;
  t: TFunction;
  hidden?: boolean;
};

/** The first `limit` events of a list, by month. */
const MonthGroups = memo(function MonthGroups({
  events,
  limit,
  lang,
  selected,
  onSelect,
  t,
  hidden = false,
}: GroupsProps) {
  return (
    <div className="space-y-5" hidden={hidden}>
      {byMonth(events.slice(0, limit)).map(([month, list]) => (
        <section key={month} aria-label={formatMonth(month, lang, 'long')}>
          <h3 className="py-1 text-sm font-semibold tracking-wide text-slate-500 uppercase">
            {formatMonth(month, lang, 'long')}
          </h3>
          <ol className="space-y-2">
            {list.map((e) => (
              <EventRow
                key={e.id}
                event={e}
                lang={lang}
                selected={e.id === selected}
                onSelect={onSelect}
                t={t}
              />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
});
