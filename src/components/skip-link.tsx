/**
 * The first Tab stop: jumps past the header and filters to the main content (WCAG 2.4.1).
 * It moves focus in place rather than following the hash, so the address (the view) stays as it is.
 */
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { jumpBehavior } from '@/lib/scroll-behavior';

export const MAIN_ID = 'main';

function skip(e: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById(MAIN_ID);
  if (!main) return;
  e.preventDefault();
  main.focus({ preventScroll: true });
  main.scrollIntoView({ block: 'start', behavior: jumpBehavior() });
}

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      href={`#${MAIN_ID}`}
      onClick={skip}
      className="sr-only z-[60] rounded-md bg-white px-3 py-2 text-sm font-semibold text-slate-900 shadow-lg focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
    >
      {t('app.skip')}
    </a>
  );
}
