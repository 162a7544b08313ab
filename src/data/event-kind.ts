/**
 * What kind of move an event is, read from its CAMEO code (shared/design/dataset.md):
 * 13x threats, 01x statements, 03x/04x/05x/08x cooperation, everything else an act.
 */
export type EventKind = 'threat' | 'statement' | 'cooperation' | 'act';

export const EVENT_KINDS: readonly EventKind[] = ['threat', 'act', 'statement', 'cooperation'];

export function eventKind(cameo: string): EventKind {
  const root = cameo.slice(0, 2);
  if (root === '13') return 'threat';
  if (root === '01') return 'statement';
  if (['03', '04', '05', '08'].includes(root)) return 'cooperation';
  return 'act';
}
