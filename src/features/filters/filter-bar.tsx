/** The filter bar: actors, months, topics, words, Reset, and the live counts. */
import { memo, useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/data/dataset-context';
import { useControlsPick, useSetView } from '@/view-state/view-context';
import { activeFilterCount, clearedFilters, hasFilters, toggleId } from '@/view-state/filters';
import type { Topic } from '@/data/schema';
import type { Lang, MonthRange } from '@/view-state/defaults';
import { Button } from '@/components/ui/button';
import { Chip } from '@/components/ui/chip';
import { ActorSelect } from './actor-select';
import { MonthRangeSelect } from './month-range';
import { SearchBox } from './search-box';

/** The filters come from the view's hooks (the controls' view: it echoes each keystroke at once). */
type Props = {
  /** The live counts sentence ("14 of 58 events · 6 of 29 quotes"). */
  counts: string;
  /** Shown beside the counts (the downloads). */
  actions?: ReactNode;
};

export function FilterBar({ counts, actions }: Props) {
  const { t } = useTranslation();
  const dataset = useDataset();
  const view = useControlsPick('actor', 'month', 'topic', 'q', 'lang');
  const setView = useSetView();
  const lang = view.lang;
  // On a phone the controls fold away behind one button (UI-only state).
  const [open, setOpen] = useState(false);
  const controlsId = useId();
  const active = activeFilterCount(view);
  // Stable props for the memoised controls: a change redraws the control it changed (and the counts),
  // not the others (the month lists and the actor list are long).
  const sides = useMemo(() => dataset.sides.map((s) => s.id), [dataset]);
  const onActor = useCallback((actor: string[]) => void setView({ actor }), [setView]);
  const onMonth = useCallback((month: MonthRange | null) => void setView({ month, window: null }), [setView]);
  const onSearch = useCallback((q: string) => void setView({ q: q.trim() ? q : '' }, 'replace'), [setView]);
  const onTopic = useCallback((topic: string[]) => void setView({ topic }), [setView]);

  return (
    <section aria-label={t('filters.label')} className="border-b border-slate-200 bg-white/95 shadow-sm">
      <div className="mx-auto max-w-7xl space-y-3 px-4 py-3">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={controlsId}
          onClick={() => setOpen((o) => !o)}
          className="flex min-h-9 w-full items-center justify-between rounded-md border border-slate-300 px-3 text-sm font-medium sm:hidden"
        >
          <span>
            {t('filters.label')}
            {active > 0 && ` · ${t('filters.active', { count: active })}`}
          </span>
          <span aria-hidden="true">{open ? '▴' : '▾'}</span>
        </button>
        <div id={controlsId} className={`space-y-3 ${open ? '' : 'hidden'} sm:block`}>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-[minmax(12rem,1fr)_minmax(16rem,1.3fr)_minmax(12rem,1fr)_auto] lg:items-end">
            <div className="flex flex-col">
              <span className="text-xs text-slate-600" aria-hidden="true">
                {t('filters.actors')}
              </span>
              <ActorSelect
                first={sides}
                actors={dataset.actors}
                selected={view.actor}
                lang={lang}
                onChange={onActor}
              />
            </div>
            <MonthRangeSelect months={dataset.months} value={view.month} lang={lang} onChange={onMonth} />
            <SearchBox value={view.q} onChange={onSearch} />
            <Button disabled={!hasFilters(view)} onClick={() => setView(clearedFilters())}>
              {t('filters.reset')}
            </Button>
          </div>
          <TopicChips topics={dataset.topics} selected={view.topic} lang={lang} onChange={onTopic} />
        </div>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p aria-live="polite" className="text-sm font-medium text-slate-700" data-testid="result-counts">
            {counts}
          </p>
          {actions}
        </div>
      </div>
    </section>
  );
}

type TopicProps = {
  topics: readonly Topic[];
  selected: readonly string[];
  lang: Lang;
  onChange: (topic: string[]) => void;
};

/** The topic chips: each press adds or removes its topic. */
const TopicChips = memo(function TopicChips({ topics, selected, lang, onChange }: TopicProps) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label={t('filters.topics')}>
      <span className="text-xs text-slate-600" aria-hidden="true">
        {t('filters.topics')}:
      </span>
      {topics.map((topic) => (
        <Chip
          key={topic.id}
          pressed={selected.includes(topic.id)}
          onClick={() => onChange(toggleId(selected, topic.id))}
        >
          {topic.label[lang]}
        </Chip>
      ))}
    </div>
  );
});
