/** The texts under the timeline: the help line (with how many events the filters hide) and the live line naming the current item. */
import { useTranslation } from 'react-i18next';
import type { Event } from '@/data/schema';
import type { Lang } from '@/view-state/defaults';

export function TimelineHelp({ hidden }: { hidden: number }) {
  const { t } = useTranslation('timeline');
  return (
    <p id="timeline-help" className="px-3 pt-1 text-xs text-slate-600">
      {hidden > 0 && (
        <span className="mr-2 font-medium text-slate-800">{t('hidden', { count: hidden })}</span>
      )}
      {t('help')}
    </p>
  );
}

export function FocusedItem({ focused, lang }: { focused: Event | undefined; lang: Lang }) {
  const { t } = useTranslation('timeline');
  return (
    <p className="sr-only" aria-live="polite">
      {focused ? `${t('focused')}: ${focused.title[lang]}` : ''}
    </p>
  );
}
