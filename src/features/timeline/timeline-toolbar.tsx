import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { Lanes } from './to-timeline-items';

type Props = {
  lanes: Lanes;
  onLanes: (lanes: Lanes) => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
};

export function TimelineToolbar({ lanes, onLanes, onZoomIn, onZoomOut, onFit }: Props) {
  const { t } = useTranslation('timeline');
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 p-2">
      <div className="flex gap-1" role="group" aria-label={t('zoom')}>
        <Button onClick={onZoomIn} aria-label={t('zoomIn')}>
          <span aria-hidden="true">+</span>
        </Button>
        <Button onClick={onZoomOut} aria-label={t('zoomOut')}>
          <span aria-hidden="true">−</span>
        </Button>
        <Button onClick={onFit}>{t('fit')}</Button>
      </div>
      <div className="flex items-center gap-1 text-sm" role="group" aria-label={t('lanes')}>
        <span className="text-slate-600" aria-hidden="true">
          {t('lanes')}:
        </span>
        {(['side', 'topic'] as const).map((l) => (
          <button
            key={l}
            type="button"
            aria-pressed={lanes === l}
            onClick={() => onLanes(l)}
            className={`min-h-8 rounded-md px-2 ${lanes === l ? 'bg-slate-900 text-white' : 'text-slate-700 hover:bg-slate-100'}`}
          >
            {t(`lanesBy.${l}`)}
          </button>
        ))}
      </div>
    </div>
  );
}
