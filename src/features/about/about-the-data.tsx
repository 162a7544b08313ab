/** Near the foot of the page: what is not known yet and why, and the corrections made to the data. */
import { useTranslation } from 'react-i18next';
import type { IndexedDataset } from '@/data/indexed-dataset';
import type { Lang } from '@/view-state/defaults';
import { formatEventDate } from '@/lib/format';
import { CitationList } from '@/components/ui/citation-list';

type Props = { dataset: IndexedDataset; lang: Lang };

export function AboutTheData({ dataset, lang }: Props) {
  const { t } = useTranslation();
  return (
    <div className="grid grid-cols-1 gap-8 border-t border-slate-200 pt-6 lg:grid-cols-2">
      <section aria-labelledby="open-questions-heading">
        <h2 id="open-questions-heading" className="text-lg font-bold">
          {t('about.openTitle')}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t('about.openIntro')}</p>
        <ul className="mt-3 space-y-3">
          {dataset.openQuestions.map((q) => (
            <li key={q.id} className="text-sm">
              <p className="font-medium text-slate-900">{q.question[lang]}</p>
              <p className="text-slate-600">{q.why[lang]}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="corrections-heading">
        <h2 id="corrections-heading" className="text-lg font-bold">
          {t('about.correctionsTitle')}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t('about.correctionsIntro')}</p>
        <ul className="mt-3 space-y-4">
          {dataset.corrections.map((c, i) => (
            <li key={`${c.date}-${i}`} className="text-sm">
              <p className="text-xs text-slate-500">{formatEventDate(c.date, 'day', lang)}</p>
              <p className="text-slate-900">{c.what[lang]}</p>
              <p className="text-slate-600">
                <span className="font-medium">{t('about.why')}: </span>
                {c.why[lang]}
              </p>
              <div className="mt-1">
                <CitationList citations={c.citations} sourceById={dataset.sourceById} lang={lang} />
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
