/** The filtered events by date, grouped by month: the accessible twin of the timeline. */
import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { Event } from '@/data/schema';
import type { Lang } from '@/i18n/lang';
import { useDataset } from '@/data/dataset-context';
import { useSetView, useView } from '@/view-state/view-context';
import { useSelection } from '@/view-state/selection-context';
import { clearedFilters } from '@/view-state/filters';
import { formatMonth } from '@/lib/format';
import { describeFilters } from '@/lib/describe-filters';
import { EmptyState } from '@/components/ui/empty-state';
import { useAfterPaint } from '@/lib/use-after-paint';
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
 */
export function EventsList() {
  const { t } = useTranslation();
  const dataset = useDataset();
  const view = useView();
  const { events } = useSelection();
  // Only an empty list names the filters, so only then does the body depend on them.
  const empty =
    events.length === 0
      ? t('events.empty', { filters: describeFilters(view, dataset, t, 'involving') })
      : null;
  return <EventsListBody events={events} lang={view.lang} selected={view.event} empty={empty} />;
}

type BodyProps = { events: readonly Event[]; lang: Lang; selected: string | null; empty: string | null };

const EventsListBody = memo(function EventsListBody({ events, lang, selected, empty }: BodyProps) {
  const { t } = useTranslation();
  const dataset = useDataset();
  const setView = useSetView();
  const onSelect = useCallback((id: string) => void setView({ event: id }), [setView]);
  const [limit, setLimit] = useState(PAGE);
  const [painted] = useAfterPaint(events);
  const shown = events.slice(0, painted === events ? limit : Math.min(limit, FIRST_SCREENS));
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
          {byMonth(shown).map(([month, list]) => (
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
