/**
 * "Use Ctrl + scroll to zoom": shown for a moment when a plain wheel passes over the timeline
 * (the page scrolls on), as embedded maps do. Never in the way: it takes no clicks.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const SHOWN_MS = 1500;

/** Whether the reader's keyboard zooms with ⌘ rather than Ctrl. */
export const isMac = (platform: string = globalThis.navigator?.platform ?? '') =>
  /^(Mac|iPhone|iPad)/.test(platform);

/** [shown, show]: show() displays the hint and restarts its timer. */
export function useWheelHint() {
  const [shown, setShown] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const show = useCallback(() => {
    setShown(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setShown(false), SHOWN_MS);
  }, []);
  return [shown, show] as const;
}

export function WheelHint({ shown }: { shown: boolean }) {
  const { t } = useTranslation('timeline');
  return (
    <div
      aria-hidden="true"
      data-testid="wheel-hint"
      className={`pointer-events-none absolute inset-x-0 top-1/2 flex -translate-y-1/2 justify-center transition-opacity duration-200 ${shown ? 'opacity-100' : 'invisible opacity-0'}`}
    >
      <span className="rounded-md bg-slate-900/85 px-3 py-1.5 text-sm font-medium text-white shadow">
        {t(isMac() ? 'wheelHintMac' : 'wheelHint')}
      </span>
    </div>
  );
}
