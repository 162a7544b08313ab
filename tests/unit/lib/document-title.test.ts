import { describe, expect, it } from 'vitest';
import { defaultView, type ViewState } from '@/view-state/defaults';
import type { Actor, Event, Topic } from '@/data/schema';
import { documentTitle } from '@/lib/document-title';

const data = {
  actorById: new Map([['trump', { name: 'Donald Trump' } as Actor]]),
  topicById: new Map([['visas', { label: { en: 'Visas', es: 'Visas' } } as Topic]]),
  eventById: new Map([['e1', { title: { en: 'Visa revoked', es: 'Visa revocada' } } as Event]]),
};
const view = (patch: Partial<ViewState>) => ({ ...defaultView('en'), ...patch });

describe('documentTitle', () => {
  it.each<[string, Partial<ViewState>, string]>([
    ['the whole story', {}, 'US–Colombia 2025–2026 — Rift Tracker'],
    [
      'an actor and a month',
      { actor: ['trump'], month: { from: '2025-10', to: '2025-10' } },
      'Donald Trump · Oct 2025 — Rift Tracker',
    ],
    [
      'a month range in Spanish',
      { lang: 'es', month: { from: '2025-09', to: '2025-11' } },
      'sept de 2025 – nov de 2025 — Rift Tracker',
    ],
    ['a topic and words', { topic: ['visas'], q: ' visa ' }, 'Visas · “visa” — Rift Tracker'],
    [
      'the selected event, in its language',
      { lang: 'es', event: 'e1', actor: ['trump'] },
      'Visa revocada — Rift Tracker',
    ],
  ])('%s', (_, patch, title) => {
    expect(documentTitle(view(patch), data, 'Rift Tracker', 'US–Colombia 2025–2026')).toBe(title);
  });
});
