/** The one place where the panels are combined around the dataset and the view. */
import { Suspense, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryState } from 'nuqs';
import { useDataset } from '@/data/dataset-query';
import { BUNDLED, type DataSource } from '@/data/data-source';
import type { IndexedDataset } from '@/data/indexed-dataset';
import { selectEvents, selectQuotes } from '@/data/select';
import { parseSearch } from '@/view-state/url-codec';
import { viewLink } from '@/view-state/view-link';
import { useViewState, viewParsers } from '@/view-state/use-view-state';
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
import { LocalShare, OpenDataset, SourceBanner, type FileSource } from '@/features/own-dataset/lazy-parts';
import { AboutTheData } from '@/features/about/about-the-data';
import { PanelBoundary } from '@/components/panel-boundary';
import { DatasetErrorView, LoadingView } from './dataset-status';
import { SIDE_PALETTE } from '@/lib/side-colors';
import { taglineOf } from '@/lib/tagline';

/** A view with no filters: what a newly opened dataset starts from. */
const UNFILTERED = { actor: [], month: null, topic: [], q: '', event: null, window: null };

export function App() {
  const { t } = useTranslation();
  // Where the data comes from: a file the reader opened (UI state: it cannot be in a link), else
  // the link's `data` address, else the bundled story. The dataset itself is only in the query.
  const [local, setLocal] = useState<FileSource | null>(null);
  const [dataUrl, setDataUrl] = useQueryState('data', viewParsers.data);
  const source: DataSource = local ?? (dataUrl ? { kind: 'url', url: dataUrl } : BUNDLED);
  const query = useDataset(source);
  const backToBundled = useCallback(() => {
    setLocal(null);
    void setDataUrl(null);
  }, [setDataUrl]);

  if (query.isSuccess)
    return (
      <Dashboard
        key={source.kind === 'file' ? `file-${source.id}` : source.kind === 'url' ? source.url : 'bundled'}
        dataset={query.data}
        source={source}
        onOpened={setLocal}
        onReturn={backToBundled}
      />
    );
  const lang = parseSearch(window.location.search).view.lang;
  return (
    <>
      <SiteHeader lang={lang} />
      {query.isError ? (
        <DatasetErrorView
          error={query.error}
          onRetry={() => void query.refetch()}
          extra={
            source.kind !== 'bundled' && (
              <p className="mt-4">
                <button type="button" className="text-blue-800 underline" onClick={backToBundled}>
                  {t('status.backToBundled')}
                </button>
              </p>
            )
          }
        />
      ) : (
        <LoadingView />
      )}
    </>
  );
}

type DashboardProps = {
  dataset: IndexedDataset;
  source: DataSource;
  onOpened: (source: FileSource) => void;
  onReturn: () => void;
};

function Dashboard({ dataset, source, onOpened, onReturn }: DashboardProps) {
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
  const opened = useCallback(
    (file: FileSource) => {
      void setView(UNFILTERED, 'replace');
      onOpened(file);
    },
    [setView, onOpened],
  );
  const returned = useCallback(() => {
    void setView({ ...UNFILTERED, data: null });
    onReturn();
  }, [setView, onReturn]);
  const link = viewLink({ ...view, embed: false });
  const counts = t('filters.counts', {
    events: events.length,
    totalEvents: dataset.events.length,
    quotes: quotes.length,
    totalQuotes: dataset.quotes.length,
  });

  const tagline = taglineOf(dataset, view.lang, t);
  const banner = source.kind !== 'bundled' && (
    <Suspense>
      <SourceBanner source={source} title={dataset.title[view.lang]} onReturn={returned} />
    </Suspense>
  );

  return (
    <>
      {view.embed ? (
        <>
          <EmbedBar
            updated={dataset.updated}
            tagline={tagline}
            lang={view.lang}
            fullLink={link}
            counts={counts}
          />
          {banner}
        </>
      ) : (
        <>
          <SiteHeader
            updated={dataset.updated}
            tagline={tagline}
            colors={[
              SIDE_PALETTE[dataset.sides[0].color].bright,
              SIDE_PALETTE[dataset.sides[1].color].bright,
            ]}
            dataTo={dataset.lastDate}
            lang={view.lang}
            controls={
              <>
                <LanguageSwitch lang={view.lang} onChange={(lang) => setView({ lang })} />
                <Suspense>
                  <OpenDataset onOpened={opened} />
                </Suspense>
                {source.kind === 'file' ? (
                  <Suspense>
                    <LocalShare file={source.file} />
                  </Suspense>
                ) : (
                  <>
                    <EmbedButton
                      embedLink={viewLink({ ...view, embed: true })}
                      title={dataset.title[view.lang]}
                    />
                    <ShareButton link={link} />
                  </>
                )}
              </>
            }
          />
          {banner}
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
      <main className="mx-auto max-w-7xl space-y-8 px-4 py-6">
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
