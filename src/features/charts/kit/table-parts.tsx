/** Small pieces the charts' tables share. */
import { useTranslation } from 'react-i18next';
import type { Event } from '@/data/schema';
import type { Lang } from '@/i18n/lang';

export const TABLE = 'w-full border-collapse text-left text-xs';
export const TH = 'sticky top-0 border-b border-slate-300 bg-white px-1.5 py-1 font-semibold';
export const TD = 'border-b border-slate-100 px-1.5 py-1 align-top';

/** A button that selects an event (opens its detail). */
export function EventButton({
  event,
  lang,
  onSelect,
}: {
  event: Event;
  lang: Lang;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation('charts');
  return (
    <button
      type="button"
      onClick={() => onSelect(event.id)}
      className="text-left text-blue-800 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-800"
      aria-label={t('selectEvent', { title: event.title[lang] })}
    >
      {event.title[lang]}
    </button>
  );
}
