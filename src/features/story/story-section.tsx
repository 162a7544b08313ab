/** The top of the page: the headline, the standfirst with how current the data is, and the key moments. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { Lang } from '@/view-state/defaults';
import { formatEventDate } from '@/lib/format';
import { dataCurrency, keyMoments } from './key-moments';
import { KeyMomentsStepper } from './key-moments-stepper';

type Props = {
  dataset: IndexedDataset;
  lang: Lang;
  selected: string | null;
  onStep: (id: string) => void;
  onOpen: (id: string) => void;
};

export function StorySection({ dataset, lang, selected, onStep, onOpen }: Props) {
  const { t } = useTranslation('story');
  const moments = useMemo(() => keyMoments(dataset), [dataset]);
  const { updated, latestEvent } = dataCurrency(dataset);
  const day = (d: string) => formatEventDate(d, 'day', lang);
  return (
    <section
      aria-labelledby="story-headline"
      className="mx-auto grid max-w-7xl gap-4 px-4 pt-4 pb-2 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)] lg:items-start lg:gap-8 lg:pt-8"
    >
      <div>
        <p className="sr-only">{t('label')}</p>
        <h2
          id="story-headline"
          className="text-[1.4rem] leading-tight font-bold tracking-tight text-slate-950 sm:text-3xl lg:text-4xl"
        >
          {(dataset.headline ?? dataset.title)[lang]}
        </h2>
        {dataset.standfirst && (
          <p className="mt-2 text-body leading-normal text-slate-800 sm:mt-3 sm:text-lg">
            {dataset.standfirst[lang]}
          </p>
        )}
        <p className="mt-2 text-sm text-slate-600" data-testid="data-currency">
          {latestEvent
            ? t('currency', { updated: day(updated), latest: day(latestEvent) })
            : t('currencyNoEvents', { updated: day(updated) })}
        </p>
      </div>
      <KeyMomentsStepper
        moments={moments}
        dataset={dataset}
        lang={lang}
        selected={selected}
        onStep={onStep}
        onOpen={onOpen}
      />
    </section>
  );
}
