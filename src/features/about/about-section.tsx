/**
 * About and method: what the dashboard covers and how events were chosen, the source grades, the coding
 * and the tension index with a worked example, how to cite, the licence and the data's date.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { Lang } from '@/view-state/defaults';
import { formatEventDate, formatMonth, formatSigned } from '@/lib/format';
import { EVENT_KINDS } from '@/data/event-kind';
import { KIND_MARK } from '@/components/ui/kind-mark';
import { coverage, workedExample } from './worked-example';
import { directionLabel } from '@/data/sides';

type Props = { dataset: IndexedDataset; lang: Lang; pageUrl: string };

const H3 = 'mt-6 mb-1 text-lg font-bold text-slate-900';
const P = 'mt-1 text-body leading-relaxed text-slate-800 sm:text-base';

export function AboutSection({ dataset, lang, pageUrl }: Props) {
  const { t } = useTranslation('about');
  const day = (d: string) => formatEventDate(d, 'day', lang);
  const num = (n: number) => formatSigned(n, lang, { minimumFractionDigits: 1 });
  const cov = coverage(dataset);
  const example = useMemo(() => workedExample(dataset), [dataset]);
  const sideNames = { a: dataset.sides[0].name[lang], b: dataset.sides[1].name[lang] };
  const headline = (dataset.headline ?? dataset.title)[lang];
  const citation = t('citeText', { headline, date: day(dataset.updated), url: pageUrl });

  return (
    <section aria-labelledby="about-heading" className="mx-auto max-w-3xl">
      <h2 id="about-heading" className="text-2xl font-bold">
        {t('heading')}
      </h2>

      <h3 className={H3}>{t('coverage.heading')}</h3>
      <p className={P}>
        {t('coverage.text', {
          ...sideNames,
          events: cov.events,
          quotes: cov.quotes,
          sources: cov.sources,
          first: cov.first ? day(cov.first) : '—',
          last: cov.last ? day(cov.last) : '—',
        })}
      </p>
      <p className={P}>{t('coverage.selection')}</p>

      <h3 className={H3}>{t('grades.heading')}</h3>
      <p className={P}>{t('grades.intro')}</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-body sm:text-base">
        {(['A', 'B', 'C'] as const).map((g) => (
          <div key={g} className="contents">
            <dt className="font-bold">{g}</dt>
            <dd>{t(`grades.${g}`)}</dd>
          </div>
        ))}
      </dl>

      <h3 className={H3}>{t('coding.heading')}</h3>
      <p className={P}>{t('coding.text')}</p>
      <ul className="mt-2 grid gap-1 text-body sm:grid-cols-2 sm:text-base">
        {EVENT_KINDS.map((k) => (
          <li key={k}>
            <span aria-hidden="true" className="mr-1">
              {KIND_MARK[k]}
            </span>
            {t(`coding.kind.${k}`)}
          </li>
        ))}
      </ul>

      <h3 className={H3}>{t('index.heading')}</h3>
      <p className={P}>{t('index.text', sideNames)}</p>
      {example && (
        <div className="mt-3 rounded-md border border-slate-200 bg-white p-3" data-testid="worked-example">
          <p className="font-semibold">
            {t('index.example', {
              month: formatMonth(example.month, lang, 'long'),
              dir: directionLabel(example.direction, dataset.sides, lang),
            })}
          </p>
          <ul className="mt-1 space-y-0.5 text-body tabular-nums">
            {example.events.map(({ event, weight }) => (
              <li key={event.id} className="flex justify-between gap-3">
                <span>
                  {day(event.date)} · {event.title[lang]}{' '}
                  <span className="text-slate-500">(CAMEO {event.cameo})</span>
                </span>
                <span className="shrink-0 font-mono">{num(weight)}</span>
              </li>
            ))}
          </ul>
          <p className="mt-1 flex justify-between border-t border-slate-200 pt-1 font-semibold tabular-nums">
            <span>{t('index.total')}</span>
            <span className="font-mono">{num(example.total)}</span>
          </p>
        </div>
      )}

      <h3 className={H3}>{t('cite.heading')}</h3>
      <p className={P}>{t('cite.intro')}</p>
      <p
        className="mt-2 rounded-md bg-slate-100 p-3 text-body break-words select-all"
        data-testid="cite-text"
      >
        {citation}
      </p>

      <h3 className={H3}>{t('licence.heading')}</h3>
      <p className={P}>{t('licence.text')}</p>

      <h3 className={H3}>{t('date.heading')}</h3>
      <p className={P}>{t('date.text', { date: day(dataset.updated) })}</p>
    </section>
  );
}
