/** The one place where the panels are combined around the dataset and the view. */
import { useCallback, useDeferredValue, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/data/dataset-query';
import type { IndexedDataset } from '@/data/indexed-dataset';
import { selectEvents, selectQuotes } from '@/data/select';
import { parseSearch } from '@/view-state/url-codec';
import { viewLink } from '@/view-state/view-link';
import { useViewState } from '@/view-state/use-view-state';
import { useUrlCleanup } from '@/view-state/use-url-cleanup';
import { SiteHeader } from '@/features/header/site-header';
import { LanguageSwitch } from '@/features/header/language-switch';
import { ShareButton } from '@/features/header/share-button';
import { EmbedButton } from '@/features/header/embed-dialog';
import { EmbedBar } from '@/features/header/embed-bar';
import { UrlNotice } from '@/features/url-notice/url-notice';
import { FilterBar } from '@/features/filters/filter-bar';
import { ExportMenu } from '@/features/export/export-menu';
import { TimelineRegion } from '@/features/timeline/timeline-region';
import { ChartsRegion } from '@/features/charts/charts-region';
import { EventsList } from '@/features/events/events-list';
import { QuotesList } from '@/features/quotes/quotes-list';
import { EventDetail } from '@/features/event-detail/event-detail';
import { AboutTheData } from '@/features/about/about-the-data';
import { PanelBoundary } from '@/components/panel-boundary';
import { MAIN_ID, SkipLink } from '@/components/skip-link';
import { DatasetErrorView, LoadingView } from './dataset-status';

export function App() {
  const query = useDataset();
  if (query.isSuccess) return <Dashboard dataset={query.data} />;
  const lang = parseSearch(window.location.search).view.lang;
  return (
    <>
      <SkipLink />
      <SiteHeader lang={lang} />
      {query.isError ? (
        <DatasetErrorView error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <LoadingView />
      )}
    </>
  );
}

function Dashboard({ dataset }: { dataset: IndexedDataset }) {
  const { t, i18n } = useTranslation();
  const [view, setView] = useViewState(dataset.known);
  const [ignored, dismissNotice] = useUrlCleanup(dataset.known, setView);

  useEffect(() => {
    document.documentElement.lang = view.lang;
    if (i18n.language !== view.lang) void i18n.changeLanguage(view.lang);
  }, [view.lang, i18n]);

  // The panels follow the view a beat behind the controls, so typing and clicking stay responsive
  // while the timeline and lists redraw (React renders the deferred value when it has time).
  const shown = useDeferredValue(view);
  const events = useMemo(() => selectEvents(dataset, shown), [dataset, shown]);
  const quotes = useMemo(() => selectQuotes(dataset, shown), [dataset, shown]);
  const selected = view.event ? dataset.eventById.get(view.event) : undefined;

  const select = useCallback((id: string) => setView({ event: id }), [setView]);
  const closeDetail = useCallback(() => {
    const id = view.event;
    void setView({ event: null });
    if (id) document.getElementById(`event-title-${id}`)?.focus();
  }, [setView, view.event]);
  const clearFilters = () => setView({ actor: [], month: null, topic: [], q: '', window: null });
  const link = viewLink({ ...view, embed: false });
  const counts = t('filters.counts', {
    events: events.length,
    totalEvents: dataset.events.length,
    quotes: quotes.length,
    totalQuotes: dataset.quotes.length,
  });

  return (
    <>
      <SkipLink />
      {view.embed ? (
        <EmbedBar updated={dataset.updated} lang={view.lang} fullLink={link} counts={counts} />
      ) : (
        <>
          <SiteHeader
            updated={dataset.updated}
            dataTo={dataset.lastDate}
            lang={view.lang}
            controls={
              <>
                <LanguageSwitch lang={view.lang} onChange={(lang) => setView({ lang })} />
                <EmbedButton embedLink={viewLink({ ...view, embed: true })} />
                <ShareButton link={link} />
              </>
            }
          />
          <UrlNotice ignored={ignored} onDismiss={dismissNotice} />
          <PanelBoundary name={t('panel.filters')} className="mx-auto mt-4 max-w-7xl">
            <FilterBar
              dataset={dataset}
              view={view}
              setView={setView}
              counts={counts}
              actions={<ExportMenu dataset={dataset} events={events} quotes={quotes} view={view} />}
            />
          </PanelBoundary>
        </>
      )}
      <main id={MAIN_ID} tabIndex={-1} className="mx-auto max-w-7xl space-y-8 px-4 py-6 outline-none">
        <PanelBoundary name={t('timeline:heading')}>
          <TimelineRegion dataset={dataset} events={events} view={view} setView={setView} />
        </PanelBoundary>
        <PanelBoundary name={t('charts.heading')}>
          <ChartsRegion dataset={dataset} events={events} view={view} setView={setView} />
        </PanelBoundary>
        <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <PanelBoundary name={t('events.heading')}>
            <EventsList
              dataset={dataset}
              events={events}
              view={view}
              onSelect={select}
              onClearFilters={clearFilters}
            />
          </PanelBoundary>
          <PanelBoundary name={t('quotes.heading')}>
            <QuotesList
              dataset={dataset}
              quotes={quotes}
              view={view}
              setView={setView}
              onClearFilters={clearFilters}
            />
          </PanelBoundary>
        </div>
        {!view.embed && (
          <PanelBoundary name={t('about.openTitle')}>
            <AboutTheData dataset={dataset} lang={view.lang} />
          </PanelBoundary>
        )}
      </main>
      {!view.embed && (
        <footer className="mx-auto max-w-7xl px-4 py-8 text-sm text-slate-600">
          <p>{t('app.footer')}</p>
        </footer>
      )}
      {selected && (
        <PanelBoundary
          name={t('panel.detail')}
          onClose={closeDetail}
          className="fixed right-4 bottom-4 z-40 max-w-sm shadow-2xl"
        >
          <EventDetail event={selected} dataset={dataset} lang={view.lang} onClose={closeDetail} />
        </PanelBoundary>
      )}
    </>
  );
}
