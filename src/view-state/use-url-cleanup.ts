/**
 * Checks the address against the dataset when the page opens (and on Back/Forward): invalid
 * values are dropped, the address is rewritten clean with replaceState, and the dropped values
 * are returned for the notice.
 */
import { useEffect, useState } from 'react';
import { parseSearch, type Ignored, type KnownIds } from './url-codec';
import type { ViewState } from './defaults';
import type { WriteMode } from './use-view-state';

export function useUrlCleanup(
  known: KnownIds,
  setView: (patch: Partial<ViewState>, mode?: WriteMode) => unknown,
) {
  const [ignored, setIgnored] = useState<Ignored[]>([]);
  useEffect(() => {
    const check = () => {
      const { view, ignored: found } = parseSearch(window.location.search, known);
      if (found.length === 0) return;
      setIgnored(found);
      if (found.some((f) => f.param === 'v')) {
        const url = new URL(window.location.href);
        url.searchParams.delete('v');
        window.history.replaceState(window.history.state, '', url);
      }
      const patch: Partial<ViewState> = {};
      for (const { param } of found) if (param !== 'v') Object.assign(patch, { [param]: view[param] });
      setView(patch, 'replace');
    };
    check();
    window.addEventListener('popstate', check);
    return () => window.removeEventListener('popstate', check);
  }, [known, setView]);
  return [ignored, () => setIgnored([])] as const;
}
