/**
 * What kind of move an event is, read from its CAMEO code (the rule is in data/README.md, "Kind of
 * move"): the code's root, as CAMEO's own classes group them.
 * - threat: 13x (threaten);
 * - statement: 01x, 02x, 09x, 10x, 11x (statements, appeals, investigations, demands, criticism: words
 *   that neither threaten nor cooperate; 010 also codes neutral moves such as repatriation flights);
 * - cooperation: 03x to 08x (intent to cooperate, consultations, diplomatic and material cooperation,
 *   aid, yielding);
 * - act: everything else, 12x (reject) and 14x to 20x (protest, force posture, reducing relations,
 *   coercion, assault, fighting).
 */
export type EventKind = 'threat' | 'statement' | 'cooperation' | 'act';

export const EVENT_KINDS: readonly EventKind[] = ['threat', 'act', 'statement', 'cooperation'];

const STATEMENT = ['01', '02', '09', '10', '11'];
const COOPERATION = ['03', '04', '05', '06', '07', '08'];

export function eventKind(cameo: string): EventKind {
  const root = cameo.slice(0, 2);
  if (root === '13') return 'threat';
  if (STATEMENT.includes(root)) return 'statement';
  if (COOPERATION.includes(root)) return 'cooperation';
  return 'act';
}
