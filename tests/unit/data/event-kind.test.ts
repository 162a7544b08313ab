import { describe, expect, it } from 'vitest';
import { eventKind } from '@/data/event-kind';

describe('eventKind reads the kind of move from the CAMEO code', () => {
  it.each([
    ['130', 'threat'],
    ['1312', 'threat'],
    ['138', 'threat'],
    ['010', 'statement'],
    ['036', 'cooperation'],
    ['043', 'cooperation'],
    ['057', 'cooperation'],
    ['0832', 'cooperation'],
    ['085', 'cooperation'],
    ['111', 'act'],
    ['120', 'act'],
    ['163', 'act'],
    ['190', 'act'],
  ])('%s is a %s', (cameo, kind) => {
    expect(eventKind(cameo)).toBe(kind);
  });
});
