/**
 * The compact bar that stays at the top: one tap to each section; "Story" goes back to the very top.
 * Links scroll in place and move focus to the section, so the address (the view) stays as it is.
 */
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { jumpBehavior } from '@/lib/scroll-behavior';

export const SECTIONS = ['story', 'timeline', 'charts', 'quotes', 'about'] as const;
export type SectionId = (typeof SECTIONS)[number];

/** Where each link goes: the story is the top of the page, header included. */
const target = (id: SectionId) => (id === 'story' ? 'top' : id);

function jump(e: MouseEvent<HTMLAnchorElement>, id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  e.preventDefault();
  el.scrollIntoView({ block: 'start', behavior: jumpBehavior() });
  el.focus({ preventScroll: true });
  holdAtTop(el);
}

const READER_SCROLLS = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Panels above a section may still be drawing when the reader jumps (their code loads after first
 * paint), and would push the section away mid-jump. For a moment after the jump, whenever the page's
 * height changes, the section is put back at the top; the reader's own scroll or tap ends it at once.
 */
function holdAtTop(el: HTMLElement, ms = 2500) {
  if (typeof ResizeObserver === 'undefined') return;
  let first = true; // ResizeObserver reports once on observe(): that is not a change.
  const observer = new ResizeObserver(() => {
    if (first) first = false;
    else el.scrollIntoView({ block: 'start' });
  });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const type of READER_SCROLLS) window.removeEventListener(type, stop);
  };
  const timer = setTimeout(stop, ms);
  for (const type of READER_SCROLLS) window.addEventListener(type, stop, { passive: true });
  observer.observe(document.body);
}

export function SectionNav({ sections = SECTIONS }: { sections?: readonly SectionId[] }) {
  const { t } = useTranslation();
  return (
    <nav
      aria-label={t('sections.label')}
      // Its height is the page's --sticky-top, the room the page keeps below it (styles.css).
      className="sticky top-0 z-30 h-(--sticky-top) border-b border-slate-200 bg-white shadow-sm"
      data-testid="section-nav"
      data-sticky="page"
    >
      <ul className="mx-auto flex h-full max-w-7xl items-center overflow-x-auto px-1 sm:gap-2 sm:px-4">
        {sections.map((id) => (
          <li key={id}>
            <a
              href={`#${target(id)}`}
              onClick={(e) => jump(e, target(id))}
              className="inline-flex min-h-10 items-center rounded-md px-1.5 text-sm font-medium whitespace-nowrap text-slate-800 hover:bg-slate-100 sm:px-3"
            >
              {id === 'story' && (
                <span aria-hidden="true" className="mr-1 text-slate-500">
                  ↑
                </span>
              )}
              {t(`sections.${id}`)}
              {id === 'story' && <span className="sr-only"> ({t('sections.top')})</span>}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
