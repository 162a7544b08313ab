/** Copies text to the clipboard and remembers what happened, for a visible confirmation. */
import { useCallback, useEffect, useState } from 'react';
import { sanitizeText } from '@/lib/sanitize-text';

export type CopyState<K extends string> =
  { status: 'idle' } | { status: 'copied'; what: K } | { status: 'failed'; what: K; text: string };

/** The confirmation fades after a few seconds; a failure stays, with the text to copy by hand. */
export function useCopy<K extends string>() {
  const [state, setState] = useState<CopyState<K>>({ status: 'idle' });

  useEffect(() => {
    if (state.status !== 'copied') return;
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

  return [state, copy] as const;
}
