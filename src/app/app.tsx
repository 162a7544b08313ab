/** The one place where the panels are combined around the dataset and the view. */
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/data/dataset-query';
import type { IndexedDataset } from '@/data/indexed-dataset';
import { selectEvents, selectQuotes } from '@/data/select';
import { parseSearch } from '@/view-state/url-codec';
import { viewLink } from '@/view-state/view-link';
import { documentTitle } from '@/lib/document-title';
import { reportHeight } from '@/lib/embed-height';
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
import { StorySection } from '@/features/story/story-section';
import { SectionNav } from '@/features/section-nav/section-nav';
import { AboutSection } from '@/features/about/about-section';
import { AboutTheData } from '@/features/about/about-the-data';
import { PanelBoundary } from '@/components/panel-boundary';
import { DatasetErrorView, LoadingView } from './dataset-status';

export function App() {
  const query = useDataset();
  if (query.isSuccess) return <Dashboard dataset={query.data} />;
  const lang = parseSearch(window.location.search).view.lang;
  return (
    <>
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
  const selectedAt = selected ? events.indexOf(selected) : -1;

  // Embedded, the page tells the host how tall it is (the Embed snippet sizes the iframe to fit).
  useEffect(() => (view.embed ? reportHeight() : undefined), [view.embed]);

  useEffect(() => {
    document.title = documentTitle(view, dataset, t('docTitle.site'), t('docTitle.all'));
  }, [view, dataset, t]);

  // A step through the key moments selects its event without opening the detail over the story;
  // any other selection (or "read more") opens it. UI-only: a shared link opens the detail.
  const [stepped, setStepped] = useState<string | null>(null);
  const step = useCallback(
    (id: string) => {
      setStepped(id);
      void setView({ event: id });
    },
    [setView],
  );
  const select = useCallback(
    (id: string) => {
      setStepped(null);
      void setView({ event: id });
    },
    [setView],
  );
  const closeDetail = useCallback(() => void setView({ event: null }), [setView]);
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
      {view.embed ? (
        <EmbedBar updated={dataset.updated} lang={view.lang} fullLink={link} counts={counts} />
      ) : (
        <>
          <div id="top" tabIndex={-1} className="outline-none" />
          <SiteHeader
            updated={dataset.updated}
            dataTo={dataset.lastDate}
            lang={view.lang}
            controls={
              <>
                <LanguageSwitch lang={view.lang} onChange={(lang) => setView({ lang })} />
                {/* Embedding is a desktop task; on a phone the row keeps room for the language and Share. */}
                <div className="hidden sm:block">
                  <EmbedButton embedLink={viewLink({ ...view, embed: true })} />
                </div>
                <ShareButton link={link} />
              </>
            }
          />
          <SectionNav />
          <UrlNotice ignored={ignored} onDismiss={dismissNotice} />
          <div id="story" tabIndex={-1} className="scroll-mt-12 outline-none">
            <PanelBoundary name={t('sections.story')} className="mx-auto mt-4 max-w-7xl">
              <StorySection
                dataset={dataset}
                lang={view.lang}
                selected={view.event}
                onStep={step}
                onOpen={select}
              />
            </PanelBoundary>
          </div>
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
      <main className="mx-auto max-w-7xl space-y-8 px-4 py-6">
        <div id="timeline" tabIndex={-1} className="scroll-mt-12 outline-none">
          <PanelBoundary name={t('timeline:heading')}>
            <TimelineRegion dataset={dataset} events={events} view={view} setView={setView} />
          </PanelBoundary>
        </div>
        <div id="charts" tabIndex={-1} className="scroll-mt-12 outline-none">
          <PanelBoundary name={t('charts.heading')}>
            <ChartsRegion dataset={dataset} events={events} view={view} setView={setView} />
          </PanelBoundary>
        </div>
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
          <div id="quotes" tabIndex={-1} className="min-w-0 scroll-mt-12 outline-none">
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
        </div>
      </main>
      {!view.embed && (
        <div
          id="about"
          tabIndex={-1}
          className="scroll-mt-12 border-t border-slate-200 bg-white px-4 py-8 outline-none"
        >
          <PanelBoundary name={t('sections.about')}>
            <AboutSection
              dataset={dataset}
              lang={view.lang}
              pageUrl={`${window.location.origin}${window.location.pathname}`}
            />
          </PanelBoundary>
          {/* The corrections log and the open questions, from the data (issue 9's panel). */}
          <div className="mx-auto mt-6 max-w-3xl">
            <PanelBoundary name={t('about.openTitle')}>
              <AboutTheData dataset={dataset} lang={view.lang} />
            </PanelBoundary>
          </div>
        </div>
      )}
      {!view.embed && (
        <footer className="mx-auto max-w-7xl px-4 py-8 text-sm text-slate-600">
          <p>{t('app.footer')}</p>
        </footer>
      )}
      {selected && selected.id !== stepped && (
        <PanelBoundary
          name={t('panel.detail')}
          onClose={closeDetail}
          className="fixed right-4 bottom-4 z-40 max-w-sm shadow-2xl"
        >
          <EventDetail
            event={selected}
            dataset={dataset}
            lang={view.lang}
            onClose={closeDetail}
            previous={events[selectedAt - 1]}
            next={selectedAt >= 0 ? events[selectedAt + 1] : undefined}
            onNavigate={select}
          />
        </PanelBoundary>
      )}
    </>
  );
}
