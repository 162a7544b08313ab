/** The event's facts as a definition list: actors, targets, topics, CAMEO coding and confidence. */
import { useTranslation } from 'react-i18next';
import type { Event } from '@/data/schema';
import type { Lang } from '@/i18n/lang';
import { useDataset } from '@/data/dataset-context';
import { CAMEO_LABELS } from '@/data/cameo';
import { actorNames } from '@/lib/actor-names';
import { formatSigned } from '@/lib/format';
import { Tag } from '@/components/ui/chip';

export function DetailFacts({ event, lang }: { event: Event; lang: Lang }) {
  const { t } = useTranslation();
  const dataset = useDataset();
  return (
    <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-body sm:text-sm">
      <dt className="text-slate-600">{t('events.actors')}</dt>
      <dd>{actorNames(event.actors, dataset, lang)}</dd>
      {event.targets?.length ? (
        <>
          <dt className="text-slate-600">{t('events.targets')}</dt>
          <dd>{actorNames(event.targets, dataset, lang)}</dd>
        </>
      ) : null}
      <dt className="text-slate-600">{t('detail.topics')}</dt>
      <dd className="flex flex-wrap gap-1">
        {event.topics.map((id) => (
          <Tag key={id}>{dataset.topicById.get(id)?.label[lang] ?? id}</Tag>
        ))}
      </dd>
      <dt className="text-slate-600">{t('detail.coding')}</dt>
      <dd>
        CAMEO {event.cameo} · {CAMEO_LABELS[event.cameo]?.[lang]} ·{' '}
        {t('detail.goldstein', {
          weight: formatSigned(event.goldstein, lang, { minimumFractionDigits: 1 }),
        })}
      </dd>
      {event.confidence && (
        <>
          <dt className="text-slate-600">{t('detail.confidence')}</dt>
          <dd>{t(`confidence.${event.confidence}`)}</dd>
        </>
      )}
    </dl>
  );
}
