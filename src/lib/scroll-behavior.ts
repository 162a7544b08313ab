/**
 * How a jump within the page scrolls: smoothly, unless the reader asked for less motion. Only for jumps the
 * reader asks for (a section link, the skip link); the scroll that follows Tab stays instant, so a focused
 * control is never under the sticky section bar, even for the length of an animation.
 */
export const jumpBehavior = (): ScrollBehavior =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
