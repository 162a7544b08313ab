/**
 * Copies text to the clipboard and remembers what happened, for a visible confirmation: the one
 * copy-with-status hook of Share, Embed and the quote buttons.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { sanitizeText } from './sanitize-text';

export type CopyState<K extends string> =
  { status: 'idle' } | { status: 'copied' | 'shared'; what: K } | { status: 'failed'; what: K; text: string };

/**
 * The confirmation fades after a few seconds; a failure stays, with the text to copy by hand.
 * `more.shared(what)` records a hand-over to the system share sheet; `more.reset()` forgets.
 */
export function useCopy<K extends string>() {
  const [state, setState] = useState<CopyState<K>>({ status: 'idle' });

  useEffect(() => {
    if (state.status !== 'copied' && state.status !== 'shared') return;
    const timer = setTimeout(() => setState({ status: 'idle' }), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = useCallback(async (what: K, raw: string) => {
    const text = sanitizeText(raw);
    try {
      await navigator.clipboard.writeText(text);
      setState({ status: 'copied', what });
    } catch {
      setState({ status: 'failed', what, text });
    }
  }, []);
  const more = useMemo(
    () => ({
      shared: (what: K) => setState({ status: 'shared', what }),
      reset: () => setState({ status: 'idle' }),
    }),
    [],
  );

  return [state, copy, more] as const;
}
