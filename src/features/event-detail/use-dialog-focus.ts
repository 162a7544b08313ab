/**
 * Focus for the event's panel: when it closes (Close, Escape or Back), focus goes back to what the reader
 * was on, without scrolling (or to the event in the list); on a phone, where the panel is a full-screen dialog, Tab stays inside it.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])';

export function usePhoneDialog(): boolean {
  const query = '(max-width: 639px)';
  const [phone, setPhone] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const m = window.matchMedia?.(query);
    if (!m) return;
    const on = () => setPhone(m.matches);
    m.addEventListener('change', on);
    return () => m.removeEventListener('change', on);
  }, []);
  return phone;
}

export function useDialogFocus(panel: RefObject<HTMLElement | null>, trap: boolean, fallbackId: string) {
  // What had focus when the panel opened (read once, on the first render).
  const [opener] = useState(() => document.activeElement as HTMLElement | null);
  const fallback = useRef(fallbackId);
  useEffect(() => {
    fallback.current = fallbackId;
  }, [fallbackId]);
  useEffect(
    () => () => {
      // Only when focus went with the panel: a reader who moved on elsewhere stays there.
      if (document.activeElement && document.activeElement !== document.body) return;
      const back =
        opener && opener.isConnected && opener !== document.body
          ? opener
          : document.getElementById(fallback.current);
      back?.focus({ preventScroll: true });
    },
    [opener],
  );
  useEffect(() => {
    const el = panel.current;
    if (!el || !trap) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Tab') return;
      const items = [...el.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((x) => x.offsetParent !== null);
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      if (e.shiftKey && (document.activeElement === first || !el.contains(document.activeElement))) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [panel, trap]);
}
