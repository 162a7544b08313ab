import { describe, expect, it } from 'vitest';
import { eventKind } from '@/data/event-kind';
import { CAMEO_LABELS } from '@/data/cameo';

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
    ['070', 'cooperation'],
    ['051', 'cooperation'],
    ['111', 'statement'],
    ['120', 'act'],
    ['161', 'act'],
    ['172', 'act'],
    ['163', 'act'],
    ['190', 'act'],
  ])('%s is a %s', (cameo, kind) => {
    expect(eventKind(cameo)).toBe(kind);
  });
});

describe('every code the dataset may use has a kind that matches its meaning', () => {
  it.each(Object.keys(CAMEO_LABELS))('%s', (cameo) => {
    const label = CAMEO_LABELS[cameo]!.en.toLowerCase();
    const kind = eventKind(cameo);
    if (label.startsWith('threaten')) expect(kind).toBe('threat');
    else expect(kind).not.toBe('threat');
    if (/^(criticize|make statement)/.test(label)) expect(kind).toBe('statement');
    if (/^(impose|use conventional|expel|abduct|arrest|reduce)/.test(label)) expect(kind).toBe('act');
    if (/^(express intent|sign|make a visit|host|provide aid|ease|accede|engage|praise)/.test(label))
      expect(kind).toBe('cooperation');
  });
});
