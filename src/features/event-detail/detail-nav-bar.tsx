/** The detail's sticky bar: previous and next among the filtered events, and close. */
import { useTranslation } from 'react-i18next';
import type { Event } from '@/data/schema';
import type { Lang } from '@/i18n/lang';

type Props = {
  lang: Lang;
  previous?: Event;
  next?: Event;
  onNavigate: (id: string) => void;
  onClose: () => void;
};

const NEIGHBOUR =
  'min-h-10 rounded-md border border-slate-300 px-2 text-sm text-slate-800 hover:bg-slate-100 disabled:text-slate-400';

export function DetailNavBar({ lang, previous, next, onNavigate, onClose }: Props) {
  const { t } = useTranslation();
  return (
    // Close and the neighbours stay in view however far the reader scrolls.
    <div
      className="sticky top-0 z-10 -mx-4 flex items-center justify-between gap-2 border-b border-slate-200 bg-white px-4 py-2"
      data-sticky="panel"
    >
      <div className="flex gap-1">
        <button
          type="button"
          disabled={!previous}
          onClick={() => previous && onNavigate(previous.id)}
          title={previous?.title[lang]}
          className={NEIGHBOUR}
        >
          <span aria-hidden="true">← </span>
          {t('detail.previous')}
        </button>
        <button
          type="button"
          disabled={!next}
          onClick={() => next && onNavigate(next.id)}
          title={next?.title[lang]}
          className={NEIGHBOUR}
        >
          {t('detail.next')}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      <button
        type="button"
        onClick={onClose}
        className="min-h-10 rounded-md bg-slate-900 px-3 text-sm font-semibold text-white hover:bg-slate-700"
      >
        {t('detail.close')} <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}
