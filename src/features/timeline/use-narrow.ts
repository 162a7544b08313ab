/** Whether the page is phone-narrow (under 640 px), following the window as it resizes. */
import { useSyncExternalStore } from 'react';

export const NARROW_QUERY = '(max-width: 639.98px)';

// Environments without matchMedia (jsdom) count as wide.
const subscribe = (onChange: () => void) => {
  const query = window.matchMedia?.(NARROW_QUERY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
};

export function useNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(NARROW_QUERY).matches ?? false,
    () => false,
  );
}
