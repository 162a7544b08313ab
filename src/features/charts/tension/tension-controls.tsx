/** Weigh the tension index's events by Goldstein points or count them: two small pressed-state chips. */
import { useTranslation } from 'react-i18next';
import { Chip } from '@/components/ui/chip';
import type { ViewState } from '@/view-state/defaults';

const MODES = ['goldstein', 'count'] as const;

export function TensionControls({
  mode,
  onMode,
}: {
  mode: ViewState['index'];
  onMode: (m: ViewState['index']) => void;
}) {
  const { t } = useTranslation('charts');
  return (
    <div className="flex gap-1" role="group" aria-label={t('tension.modeLabel')}>
      {MODES.map((m) => (
        // Smaller than the filter chips: these sizes win over the Chip's own through cn().
        <Chip key={m} pressed={mode === m} className="min-h-7 px-2 py-0.5 text-xs" onClick={() => onMode(m)}>
          {t(`tension.mode.${m}`)}
        </Chip>
      ))}
    </div>
  );
}
