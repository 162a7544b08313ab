/** The filtered events by date, grouped by month: the accessible twin of the timeline. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { Event } from '@/data/schema';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { ViewState } from '@/view-state/defaults';
import { formatMonth } from '@/lib/format';
import { describeFilters } from '@/lib/describe-filters';
import { EmptyState } from '@/components/ui/empty-state';
import { useAfterPaint } from '@/lib/use-after-paint';
import { EventRow } from './event-row';

type Props = {
  dataset: IndexedDataset;
  events: readonly Event[];
  view: ViewState;
  onSelect: (id: string) => void;
  onClearFilters: () => void;
};

function byMonth(events: readonly Event[]): [string, Event[]][] {
  const groups = new Map<string, Event[]>();
  for (const e of events) groups.set(e.date.slice(0, 7), [...(groups.get(e.date.slice(0, 7)) ?? []), e]);
  return [...groups.entries()];
}

/** Rows drawn at first and per "Show more": a long story stays quick to render. */
const PAGE = 100;
/** After a change, the rows of the first screens paint first; the rest of the page follows a frame later. */
const FIRST_SCREENS = 20;

export function EventsList({ dataset, events, view, onSelect, onClearFilters }: Props) {
  const { t } = useTranslation();
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
      {events.length === 0 ? (
        <EmptyState
          message={t('events.empty', { filters: describeFilters(view, dataset, t, 'involving') })}
          actionLabel={t('filters.clear')}
          onAction={onClearFilters}
        />
      ) : (
        <div className="space-y-5">
          {byMonth(shown).map(([month, list]) => (
            <section key={month} aria-label={formatMonth(month, view.lang, 'long')}>
              <h3 className="py-1 text-sm font-semibold tracking-wide text-slate-500 uppercase">
                {formatMonth(month, view.lang, 'long')}
              </h3>
              <ol className="space-y-2">
                {list.map((e) => (
                  <EventRow
                    key={e.id}
                    event={e}
                    dataset={dataset}
                    lang={view.lang}
                    selected={e.id === view.event}
                    onSelect={onSelect}
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
}
