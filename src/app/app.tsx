/** The one place where the panels are combined around the dataset and the view. */
import {
  createContext,
  memo,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useQueryState } from 'nuqs';
import { useTranslation } from 'react-i18next';
import { useDatasetQuery } from '@/data/dataset-query';
import { LanguageProvider } from '@/i18n/language-provider';
import { loadCatalogs, loadNamespace } from '@/i18n/setup';
import type { Lang } from '@/i18n/lang';
import { DatasetProvider, useDataset } from '@/data/dataset-context';
import { parseView, type Ignored } from '@/view-state/url-codec';
import { clearedFilters } from '@/view-state/filters';
import { viewLink } from '@/view-state/view-link';
import { documentTitle } from '@/lib/document-title';
import { reportHeight } from '@/lib/embed-height';
import {
  useControlsPick,
  useIgnoredParams,
  UrgentView,
  useSetView,
  useView,
  ViewProvider,
} from '@/view-state/view-context';
import { SelectionProvider, useControlsCounts, useSelection } from '@/view-state/selection-context';
import { AfterPaint } from '@/view-state/after-paint';
import { afterNextPaint } from '@/lib/after-next-paint';
import { SiteHeader } from '@/features/header/site-header';
import { LanguageSwitch } from '@/features/header/language-switch';
import { ShareButton } from '@/features/header/share-button';
import { EmbedButton } from '@/features/header/embed-dialog';
import { EmbedBar } from '@/features/header/embed-bar';
import { UrlNotice } from '@/features/url-notice/url-notice';
import { FilterBar } from '@/features/filters/filter-bar';
import { ExportMenu } from '@/features/export/export-menu';
import { TimelineRegion } from '@/features/timeline/timeline-region';
import { ChartsRegion, chartsMinHeight } from '@/features/charts/charts-region';
import { LedgerRegion } from '@/features/ledger/ledger-region';
import { StorySection } from '@/features/story/story-section';
import { SectionNav } from '@/features/section-nav/section-nav';
import { lazyChunk } from '@/components/lazy-chunk';
import { PanelBoundary } from '@/components/panel-boundary';
import { NearViewport } from '@/components/near-viewport';
import { BUNDLED, type DataSource } from '@/data/data-source';
import { viewParsers } from '@/view-state/use-view-state';
import { LocalShare, OpenDataset, SourceBanner, type FileSource } from '@/features/own-dataset/lazy-parts';
import { sideTones } from '@/lib/side-colors';
import { taglineOf } from '@/lib/tagline';
import { MAIN_ID, SkipLink } from '@/components/skip-link';
import { DatasetErrorView, LoadingView } from './dataset-status';

// The about texts load with its code.
const AboutRegion = memo(
  lazyChunk(async () => {
    const [code] = await Promise.all([import('@/features/about/about-region'), loadNamespace('about')]);
    return code;
  }),
);
// Memoised: a filter change does not redraw the story or the file control above the filters.
const Story = memo(StorySection);
const OpenDatasetControl = memo(OpenDataset);
// Below the fold or opened on demand: their code loads after the first paint.
// The events list is below the fold but on the page from its first render: its code starts loading
// beside the dataset, so it is there when the panels first draw and a section jump made at once
// (Quotes, below it) does not land before the list grows. Asked for in the next task: the preloads
// of its files are kept out of the long task that runs the app's code.
const eventsListCode = () => import('@/features/events/events-list');
setTimeout(() => eventsListCode().catch(() => {}), 0);
const EventsList = lazyChunk(async () => ({ default: (await eventsListCode()).EventsList }));
const QuotesList = lazyChunk(async () => ({
  default: (await import('@/features/quotes/quotes-list')).QuotesList,
}));
const EventDetail = lazyChunk(async () => ({
  default: (await import('@/features/event-detail/event-detail')).EventDetail,
}));

/** Where the shown data comes from, and how to change it (a file opened, back to the bundled story). */
type SourceControls = { source: DataSource; onOpened: (f: FileSource) => void; onReturn: () => void };
const SourceContext = createContext<SourceControls>({
  source: BUNDLED,
  onOpened: () => {},
  onReturn: () => {},
});

/** `ignoredAtLoad`: link values main.tsx dropped before the dataset was here, for the notice. */
export function App({ ignoredAtLoad }: { ignoredAtLoad?: readonly Ignored[] }) {
  // Where the data comes from: a file the reader opened (UI state: it cannot be in a link), else
  // the link's `data` address, else the bundled story. The dataset itself is only in the query.
  const [local, setLocal] = useState<FileSource | null>(null);
  const [dataUrl, setDataUrl] = useQueryState('data', viewParsers.data);
  const source: DataSource = local ?? (dataUrl ? { kind: 'url', url: dataUrl } : BUNDLED);
  const query = useDatasetQuery(source);
  const onReturn = useCallback(() => {
    setLocal(null);
    void setDataUrl(null);
  }, [setDataUrl]);
  if (query.isSuccess)
    return (
      <SourceContext.Provider
        key={source.kind === 'file' ? `file-${source.id}` : source.kind === 'url' ? source.url : 'bundled'}
        value={{ source, onOpened: setLocal, onReturn }}
      >
        <DatasetProvider dataset={query.data}>
          <ViewProvider known={query.data.known} ignoredAtLoad={ignoredAtLoad}>
            <SelectionProvider>
              <ViewLanguage>
                <Dashboard />
              </ViewLanguage>
            </SelectionProvider>
          </ViewProvider>
        </DatasetProvider>
      </SourceContext.Provider>
    );
  return (
    <LanguageProvider lang={parseView(window.location.search).view.lang}>
      <Waiting query={query} onReturn={source.kind !== 'bundled' ? onReturn : undefined} />
    </LanguageProvider>
  );
}

/** The dataset is loading, or failed (with a way back to the bundled story for another source). */
function Waiting({ query, onReturn }: { query: ReturnType<typeof useDatasetQuery>; onReturn?: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink />
      <SiteHeader lang={parseView(window.location.search).view.lang} />
      {query.isError ? (
        <DatasetErrorView
          error={query.error}
          onRetry={() => void query.refetch()}
          extra={
            onReturn && (
              <p className="mt-4">
                <button type="button" className="text-blue-800 underline" onClick={onReturn}>
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

/** The interface speaks the language of the view the panels draw (the link is its one source). */
function ViewLanguage({ children }: { children: ReactNode }) {
  return <LanguageProvider lang={useView().lang}>{children}</LanguageProvider>;
}

/** The document's title follows the view the panels draw, in the language its texts come in (one frame, one language). */
function useDocumentTitle() {
  const { t } = useTranslation();
  const dataset = useDataset();
  const view = useView();
  // After the frame that carries the view has painted: setting the title costs a few ms the list
  // should not wait for (the view and `t` are read together, so the title is in one language).
  useEffect(
    () =>
      afterNextPaint(() => {
        document.title = documentTitle(
          view,
          dataset,
          t('docTitle.site'),
          t('docTitle.all', {
            a: dataset.sides[0].short[view.lang],
            b: dataset.sides[1].short[view.lang],
            from: dataset.events[0]?.date.slice(0, 4),
            to: dataset.lastDate?.slice(0, 4),
          }),
        );
      }),
    [view, dataset, t],
  );
}

function Dashboard() {
  useDocumentTitle();
  const { embed } = useView();
  // Embedded, the page tells the host how tall it is (the Embed snippet sizes the iframe to fit).
  useEffect(() => (embed ? reportHeight() : undefined), [embed]);
  // A step through the key moments selects its event without opening the detail over the story;
  // any other selection (or "read more") opens it. UI-only: a shared link opens the detail.
  const [stepped, setStepped] = useState<string | null>(null);
  const navigated = useCallback(() => setStepped(null), []);
  // Every part below is memoised with stable props: each re-renders only for the view or selection
  // it reads itself, so a filter change does not redraw the header, the About text or the footer.
  return (
    <>
      <SkipLink />
      {embed ? <EmbedHeader /> : <FullHeader onStepped={setStepped} />}
      <Panels />
      {!embed && <About />}
      {!embed && <Footer />}
      <Detail stepped={stepped} onNavigate={navigated} />
    </>
  );
}

/** Says a local or linked dataset is shown, and leads back to the bundled story. */
function Banner() {
  const dataset = useDataset();
  const view = useView();
  const setView = useSetView();
  const { source, onReturn } = useContext(SourceContext);
  const returned = useCallback(() => {
    void setView({ ...clearedFilters(), data: null });
    onReturn();
  }, [setView, onReturn]);
  if (source.kind === 'bundled') return null;
  return (
    <Suspense>
      <SourceBanner source={source} title={dataset.title[view.lang]} onReturn={returned} />
    </Suspense>
  );
}

/**
 * "3 of 3 events · 2 of 2 quotes", for the filters as the controls have them: the counts change in
 * the input's own frame, with the events list (the other panels follow a frame or two later).
 */
function useCounts() {
  const { t } = useTranslation();
  const dataset = useDataset();
  const { events, quotes } = useControlsCounts();
  return t('filters.counts', {
    events,
    totalEvents: dataset.events.length,
    quotes,
    totalQuotes: dataset.quotes.length,
  });
}

const EmbedHeader = memo(function EmbedHeader() {
  const { t } = useTranslation();
  const dataset = useDataset();
  const view = useView();
  return (
    <>
      <EmbedBar
        updated={dataset.updated}
        tagline={taglineOf(dataset, view.lang, t)}
        lang={view.lang}
        fullLink={viewLink({ ...view, embed: false })}
        counts={useCounts()}
      />
      <Banner />
    </>
  );
});

const Header = memo(SiteHeader);
const Nav = memo(SectionNav);
const Notice = memo(UrlNotice);

/**
 * The header, the section links, the story and the filters. The parts are memoised with stable
 * props: a filter change redraws the header's links (HeaderControls) and the filters, not the
 * header's text, the section links or the story.
 */
const FullHeader = memo(function FullHeader({ onStepped }: { onStepped: (id: string | null) => void }) {
  const { t } = useTranslation();
  const dataset = useDataset();
  const view = useControlsPick('lang', 'event');
  const setView = useSetView();
  const { ignored, dismiss } = useIgnoredParams();
  const step = useCallback(
    (id: string) => {
      onStepped(id);
      void setView({ event: id });
    },
    [onStepped, setView],
  );
  const open = useCallback(
    (id: string) => {
      onStepped(null);
      void setView({ event: id });
    },
    [onStepped, setView],
  );
  const colors = useMemo(
    () => [sideTones(dataset.sides[0]).bright, sideTones(dataset.sides[1]).bright] as const,
    [dataset],
  );
  const controls = useMemo(() => <HeaderControls />, []);
  // The story only marks a selected key moment: choosing another event leaves it as it is.
  const moment = view.event && dataset.eventById.get(view.event)?.keyMoment ? view.event : null;
  return (
    <>
      <div id="top" tabIndex={-1} className="outline-none" />
      <Header
        updated={dataset.updated}
        tagline={taglineOf(dataset, view.lang, t)}
        colors={colors}
        dataTo={dataset.lastDate}
        lang={view.lang}
        controls={controls}
      />
      <Banner />
      <Nav />
      <Notice ignored={ignored} onDismiss={dismiss} />
      <div id="story" tabIndex={-1} className="outline-none">
        <PanelBoundary name={t('sections.story')} className="mx-auto mt-4 max-w-7xl">
          <Story dataset={dataset} lang={view.lang} selected={moment} onStep={step} onOpen={open} />
        </PanelBoundary>
      </div>
      <Filters />
    </>
  );
});

/** The header's language switch, file control, Embed and Share (their links follow the view). */
function HeaderControls() {
  const dataset = useDataset();
  // The links share the view the panels show (a frame behind the controls while they catch up).
  const view = useView();
  const setView = useSetView();
  const { source, onOpened } = useContext(SourceContext);
  // The other language's texts load first, so the page does not flash untranslated. If they cannot
  // load, the view still changes (data in that language; LanguageProvider keeps trying the texts).
  const switchTo = (lang: Lang) =>
    void loadCatalogs(lang)
      .catch(() => {})
      .then(() => setView({ lang }));
  const opened = useCallback(
    (file: FileSource) => {
      void setView(clearedFilters(), 'replace');
      onOpened(file);
    },
    [setView, onOpened],
  );
  return (
    <>
      <LanguageSwitch lang={view.lang} onChange={(lang) => switchTo(lang)} />
      {/* Opening a dataset file is a desktop task; on a phone the row keeps room for the language and Share. */}
      <div className="hidden sm:block">
        <Suspense>
          <OpenDatasetControl onOpened={opened} />
        </Suspense>
      </div>
      {source.kind === 'file' ? (
        <Suspense>
          <LocalShare file={source.file} />
        </Suspense>
      ) : (
        <>
          {/* Embedding is a desktop task; on a phone the row keeps room for the language and Share. */}
          <div className="hidden sm:block">
            <EmbedButton embedLink={viewLink({ ...view, embed: true })} title={dataset.title[view.lang]} />
          </div>
          <ShareButton link={viewLink({ ...view, embed: false })} />
        </>
      )}
    </>
  );
}

/**
 * The filter bar with the counts and the downloads: the one part of the header that reads the
 * selection, so a filter change's list render redraws it and not the header above it.
 */
const Filters = memo(function Filters() {
  const { t } = useTranslation();
  const dataset = useDataset();
  const { events, quotes } = useSelection();
  const view = useView();
  const counts = useCounts();
  const actions = useMemo(
    () => <ExportMenu dataset={dataset} events={events} quotes={quotes} view={view} />,
    [dataset, events, quotes, view],
  );
  return (
    <PanelBoundary name={t('panel.filters')} className="mx-auto mt-4 max-w-7xl">
      <FilterBar counts={counts} actions={actions} />
    </PanelBoundary>
  );
});

/**
 * The charts, the ledger and the quotes follow the events list by a painted frame (AfterPaint):
 * memoised without props, they redraw only when the view and selection they read change, after the
 * events list (and the counts, and the detail) have painted.
 */
const Charts = memo(ChartsRegion);
const Ledger = memo(LedgerRegion);

/** Off screen, these large sections are not styled, laid out or painted (styles.css). */
const OFF_SCREEN = 'off-screen';

/** The panels read the view, the dataset and the selection from their hooks: the app only places them. */
const Panels = memo(function Panels() {
  const { t } = useTranslation();
  return (
    <main id={MAIN_ID} tabIndex={-1} className="mx-auto max-w-7xl space-y-8 px-4 py-6 outline-none">
      <div id="timeline" tabIndex={-1} className="outline-none">
        <PanelBoundary name={t('timeline:heading')}>
          <TimelineRegion />
        </PanelBoundary>
      </div>
      <div id="charts" tabIndex={-1} className="outline-none">
        <PanelBoundary name={t('charts.heading')}>
          {/* Recharts measures every label as it first draws (long tasks): far below the first
              screen on a phone, the charts are drawn when the reader comes near them. */}
          <NearViewport placeholder={<ChartsPlace />}>
            <AfterPaint>
              <Charts />
            </AfterPaint>
          </NearViewport>
        </PanelBoundary>
      </div>
      <div className={OFF_SCREEN}>
        <PanelBoundary name={t('ledger:heading')}>
          <AfterPaint>
            <Ledger />
          </AfterPaint>
        </PanelBoundary>
      </div>
      <div
        className={`grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] ${OFF_SCREEN} lists`}
      >
        <PanelBoundary name={t('events.heading')}>
          <Suspense fallback={<div className="min-h-[40rem]" aria-busy="true" />}>
            <EventsList />
          </Suspense>
        </PanelBoundary>
        <div id="quotes" tabIndex={-1} className="min-w-0 outline-none">
          <PanelBoundary name={t('quotes.heading')}>
            <Suspense fallback={<div className="min-h-[40rem]" aria-busy="true" />}>
              <AfterPaint>
                <QuotesList />
              </AfterPaint>
            </Suspense>
          </PanelBoundary>
        </div>
      </div>
    </main>
  );
});

/** The charts' place until they are drawn: their heading, and the height they keep once drawn. */
function ChartsPlace() {
  const { t } = useTranslation();
  return (
    <section aria-busy="true" className={chartsMinHeight(useDataset())}>
      <h2 className="text-lg font-bold">{t('charts.heading')}</h2>
    </section>
  );
}

/** About and method, then the corrections log and the open questions (their code loads after first paint). */
const About = memo(function About() {
  const { t } = useTranslation();
  const dataset = useDataset();
  const { lang } = useView();
  return (
    <div
      id="about"
      tabIndex={-1}
      className={`border-t border-slate-200 bg-white px-4 py-8 outline-none ${OFF_SCREEN} about`}
    >
      <PanelBoundary name={t('sections.about')}>
        <Suspense fallback={<div className="min-h-[60rem]" aria-busy="true" />}>
          <AboutRegion
            dataset={dataset}
            lang={lang}
            pageUrl={`${window.location.origin}${window.location.pathname}`}
          />
        </Suspense>
      </PanelBoundary>
    </div>
  );
});

const Footer = memo(function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="mx-auto max-w-7xl px-4 py-8 text-sm text-slate-600">
      <p>{t('app.footer')}</p>
    </footer>
  );
});

/**
 * The selected event's detail (not while the reader steps through the key moments). On close, the
 * panel gives focus back to what opened it (the timeline item, a title, a chart), or to the event's
 * title in the list (useDialogFocus in the panel). It reads the view as of the input (UrgentView),
 * so choosing an event paints its detail in the input's own frame; the lists follow.
 */
const Detail = memo(function Detail({
  stepped,
  onNavigate,
}: {
  stepped: string | null;
  onNavigate: () => void;
}) {
  const { t } = useTranslation();
  const { event } = useControlsPick('event');
  const setView = useSetView();
  const close = useCallback(() => void setView({ event: null }), [setView]);
  // Its code is fetched once the page has painted: the reader's first choice draws at once.
  useEffect(() => afterNextPaint(EventDetail.preload), []);
  if (!event || event === stepped) return null;
  return (
    <PanelBoundary
      name={t('panel.detail')}
      onClose={close}
      className="fixed right-4 bottom-4 z-40 max-w-sm shadow-2xl"
    >
      <Suspense>
        <UrgentView>
          <EventDetail onNavigate={onNavigate} />
        </UrgentView>
      </Suspense>
    </PanelBoundary>
  );
});
