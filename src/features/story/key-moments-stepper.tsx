/**
 * The key moments as a stepper: previous / next buttons, arrow keys, and swipe on phones.
 * Stepping writes the link's `event`, so a shared step opens at that moment.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { Lang } from '@/view-state/defaults';
import { Button } from '@/components/ui/button';
import { KeyMomentCard } from './key-moment-card';
import { stepOf, type KeyMoment } from './key-moments';
import { useSwipe } from './use-swipe';

type Props = {
  moments: readonly KeyMoment[];
  dataset: IndexedDataset;
  lang: Lang;
  /** The link's selected event. */
  selected: string | null;
  /** A step was taken to this event. */
  onStep: (id: string) => void;
  /** The reader asked for an event's full detail. */
  onOpen: (id: string) => void;
};

export function KeyMomentsStepper({ moments, dataset, lang, selected, onStep, onOpen }: Props) {
  const { t } = useTranslation('story');
  const fromLink = stepOf(moments, selected);
  const [kept, setKept] = useState(0);
  const [announce, setAnnounce] = useState('');
  const index = fromLink >= 0 ? fromLink : Math.min(kept, moments.length - 1);
  const group = useRef<HTMLDivElement>(null);
  const total = moments.length;

  const go = useCallback(
    (to: number) => {
      if (to < 0 || to >= total || to === index) return;
      const m = moments[to]!;
      setKept(to);
      setAnnounce(t('stepLabel', { n: to + 1, total, title: m.event.title[lang] }));
      onStep(m.event.id);
    },
    [index, total, moments, lang, onStep, t],
  );

  useSwipe(
    group,
    useCallback((dir) => go(dir === 'left' ? index + 1 : index - 1), [go, index]),
  );
  useEffect(() => {
    const el = group.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowRight') go(index + 1);
      else if (e.key === 'ArrowLeft') go(index - 1);
      else return;
      e.preventDefault();
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [go, index]);

  if (total === 0) return null;
  const moment = moments[index]!;
  return (
    <div
      ref={group}
      role="group"
      aria-roledescription={t('carousel')}
      aria-labelledby="moments-heading"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="key-moments"
    >
      <div className="flex items-center justify-between gap-2">
        <h2 id="moments-heading" className="text-sm font-bold tracking-wide text-slate-700 uppercase">
          {t('moments')}{' '}
          <span className="font-semibold text-slate-500 tabular-nums" data-testid="moment-step">
            {t('step', { n: index + 1, total })}
          </span>
        </h2>
        <div className="flex gap-1">
          <Button
            aria-label={t('previous')}
            disabled={index === 0}
            onClick={() => go(index - 1)}
            className="min-w-11"
          >
            <span aria-hidden="true">←</span>
          </Button>
          <Button
            aria-label={t('next')}
            disabled={index === total - 1}
            onClick={() => go(index + 1)}
            className="min-w-11"
          >
            <span aria-hidden="true">→</span>
          </Button>
        </div>
      </div>
      <div
        role="group"
        aria-roledescription={t('slide')}
        aria-label={t('stepLabel', { n: index + 1, total, title: moment.event.title[lang] })}
        className="mt-2"
      >
        <KeyMomentCard moment={moment} dataset={dataset} lang={lang} onOpen={onOpen} />
      </div>
      <p className="sr-only" role="status">
        {announce}
      </p>
      <p className="mt-3 hidden text-xs text-slate-500 sm:block" aria-hidden="true">
        {t('keysHint')}
      </p>
    </div>
  );
}
