/** The one place where the panels are combined around the dataset and the view. */
import { memo, useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatasetQuery } from '@/data/dataset-query';
import { DatasetProvider, useDataset } from '@/data/dataset-context';
import { parseView, type Ignored } from '@/view-state/url-codec';
import { clearedFilters } from '@/view-state/filters';
import { viewLink } from '@/view-state/view-link';
import { eventTitleId } from '@/lib/dom-ids';
import {
  useControlsView,
  useIgnoredParams,
  useSetView,
  useView,
  ViewProvider,
} from '@/view-state/view-context';
import { SelectionProvider, useSelection } from '@/view-state/selection-context';
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

/** `ignoredAtLoad`: link values main.tsx dropped before the dataset was here, for the notice. */
export function App({ ignoredAtLoad }: { ignoredAtLoad?: readonly Ignored[] }) {
  const query = useDatasetQuery();
  if (query.isSuccess)
    return (
      <DatasetProvider dataset={query.data}>
        <ViewProvider known={query.data.known} ignoredAtLoad={ignoredAtLoad}>
          <SelectionProvider>
            <Dashboard />
          </SelectionProvider>
        </ViewProvider>
      </DatasetProvider>
    );
  const lang = parseView(window.location.search).view.lang;
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

/** The interface language follows the view's `lang` (the link is the one source of it). */
function useDocumentLanguage() {
  const { i18n } = useTranslation();
  const { lang } = useControlsView();
  useEffect(() => {
    document.documentElement.lang = lang;
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
  }, [lang, i18n]);
}

function Dashboard() {
  useDocumentLanguage();
  const { embed } = useView();
  return (
    <>
      <SkipLink />
      {embed ? <EmbedHeader /> : <FullHeader />}
      <Panels />
      {!embed && <Footer />}
      <Detail />
    </>
  );
}

/** "3 of 3 events · 2 of 2 quotes", from the same selection the panels draw. */
function useCounts() {
  const { t } = useTranslation();
  const dataset = useDataset();
  const { events, quotes } = useSelection();
  return t('filters.counts', {
    events: events.length,
    totalEvents: dataset.events.length,
    quotes: quotes.length,
    totalQuotes: dataset.quotes.length,
  });
}

function EmbedHeader() {
  const dataset = useDataset();
  const view = useView();
  return (
    <EmbedBar
      updated={dataset.updated}
      lang={view.lang}
      fullLink={viewLink({ ...view, embed: false })}
      counts={useCounts()}
    />
  );
}

function FullHeader() {
  const { t } = useTranslation();
  const dataset = useDataset();
  const view = useControlsView();
  const setView = useSetView();
  const { ignored, dismiss } = useIgnoredParams();
  const { events, quotes } = useSelection();
  return (
    <>
      <SiteHeader
        updated={dataset.updated}
        dataTo={dataset.lastDate}
        lang={view.lang}
        controls={
          <>
            <LanguageSwitch lang={view.lang} onChange={(lang) => setView({ lang })} />
            <EmbedButton embedLink={viewLink({ ...view, embed: true })} />
            <ShareButton link={viewLink({ ...view, embed: false })} />
          </>
        }
      />
      <UrlNotice ignored={ignored} onDismiss={dismiss} />
      <PanelBoundary name={t('panel.filters')} className="mx-auto mt-4 max-w-7xl">
        <FilterBar
          dataset={dataset}
          view={view}
          setView={setView}
          counts={useCounts()}
          actions={<ExportMenu dataset={dataset} events={events} quotes={quotes} view={useView()} />}
        />
      </PanelBoundary>
    </>
  );
}

/** The panels draw the deferred view (useView) and the selection made from it. */
const Panels = memo(function Panels() {
  const { t } = useTranslation();
  const dataset = useDataset();
  const view = useView();
  const setView = useSetView();
  const { events, quotes } = useSelection();
  const select = useCallback((id: string) => setView({ event: id }), [setView]);
  const clearFilters = useCallback(() => setView(clearedFilters()), [setView]);
  return (
    <main id={MAIN_ID} tabIndex={-1} className="mx-auto max-w-7xl space-y-8 px-4 py-6 outline-none">
      <PanelBoundary name={t('timeline:heading')}>
        <TimelineRegion dataset={dataset} events={events} view={view} setView={setView} />
      </PanelBoundary>
      <PanelBoundary name={t('charts.heading')}>
        <ChartsRegion />
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
  );
});

function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="mx-auto max-w-7xl px-4 py-8 text-sm text-slate-600">
      <p>{t('app.footer')}</p>
    </footer>
  );
}

/** The selected event's detail; on close, focus returns to the event's title in the list. */
function Detail() {
  const { t } = useTranslation();
  const dataset = useDataset();
  const view = useView();
  const setView = useSetView();
  const selected = view.event ? dataset.eventById.get(view.event) : undefined;
  const close = useCallback(() => {
    const id = selected?.id;
    void setView({ event: null });
    if (id) document.getElementById(eventTitleId(id))?.focus();
  }, [setView, selected]);
  if (!selected) return null;
  return (
    <PanelBoundary
      name={t('panel.detail')}
      onClose={close}
      className="fixed right-4 bottom-4 z-40 max-w-sm shadow-2xl"
    >
      <EventDetail event={selected} dataset={dataset} lang={view.lang} onClose={close} />
    </PanelBoundary>
  );
}
