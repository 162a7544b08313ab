/** The colour key of the timeline, which doubles as the topic filter. */
import { toggleId } from '@/view-state/filters';
import { useTranslation } from 'react-i18next';
import { useDataset } from '@/data/dataset-context';
import { useSetView, useView } from '@/view-state/view-context';
import { topicColor } from '@/lib/topic-colors';
import { EVENT_KINDS } from '@/data/event-kind';
import { KIND_MARK } from '@/components/ui/kind-mark';

export function TimelineLegend() {
  const { t } = useTranslation('timeline');
  const dataset = useDataset();
  const view = useView();
  const setView = useSetView();
  const toggle = (id: string) => setView({ topic: toggleId(view.topic, id) });
  return (
    <div
      className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-xs"
      role="group"
      aria-label={t('legend')}
    >
      {dataset.topics.map((topic, i) => {
        const on = view.topic.includes(topic.id);
        return (
          <button
            key={topic.id}
            type="button"
            aria-pressed={on}
            onClick={() => toggle(topic.id)}
            className={`inline-flex min-h-7 items-center gap-1.5 rounded px-1.5 ${on ? 'bg-slate-900 text-white' : 'text-slate-700 hover:bg-slate-100'}`}
          >
            <span
              aria-hidden="true"
              className="h-2.5 w-2.5 rounded-full"
              style={{ background: topicColor(topic.id, i) }}
            />
            {topic.label[view.lang]}
          </button>
        );
      })}
      <span className="ml-auto inline-flex items-center gap-1.5 text-slate-600">
        <span
          aria-hidden="true"
          className="inline-block h-2.5 w-4 rounded-sm border border-dashed border-slate-500"
        />
        {t('inexact')}
      </span>
      <span className="inline-flex items-center gap-1 text-slate-600">
        <span aria-hidden="true" className="text-amber-700">
          ★
        </span>
        {t('key')}
      </span>
      {/* The marks of the kinds of move, named (a list: they are a key, not buttons). */}
      <div className="flex basis-full flex-wrap items-center gap-x-3 gap-y-1 text-slate-600">
        <span>{t('kinds')}:</span>
        <ul className="contents">
          {EVENT_KINDS.map((k) => (
            <li key={k} className="inline-flex items-center gap-1" data-kind={k}>
              <span aria-hidden="true" className={k === 'threat' ? 'text-red-800' : 'text-slate-700'}>
                {KIND_MARK[k]}
              </span>
              {t(`translation:kind.${k}`)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
