import { describe, expect, it } from 'vitest';
import { indexDataset } from '@/data/indexed-dataset';
import { Dataset, type Quote } from '@/data/schema';
import { quoteCitationText, saidSourceIds, sourceText } from '@/lib/citation-text';
import mini from '../../fixtures/mini-dataset.json';

const d = indexDataset(Dataset.parse(mini));
const quote = (id: string) => d.quotes.find((q) => q.id === id)!;
const withOriginal: Quote = {
  ...quote('q-petro-handcuffs'),
  text: 'A migrant is not a criminal',
  original: 'Un migrante no es un delincuente',
  datePrecision: 'month',
  citations: [{ source: 's1', excerpt: 'a migrant is not a criminal' }],
};
const reported: Quote = {
  ...quote('q-petro-handcuffs'),
  citations: [
    { source: 's1', excerpt: 'never allow Colombians to be brought back' },
    { source: 's4', excerpt: 'I will never allow Colombians to be brought back in handcuffs on a plane' },
  ],
  reportedWordings: [
    { source: 's4', excerpt: 'I will never allow Colombians to be brought back in handcuffs' },
  ],
};
const S1 =
  "Los Angeles Times / AP, Colombia's president calls for migrants to leave jobs, https://www.necn.com/news/politics/x/3455526/";
// Intl may write abbreviated Spanish months with a dot ("ene.") depending on the ICU version.
const tidy = (s: string) => s.replace(/(ene|oct|sept?)\./g, '$1');

describe('quoteCitationText', () => {
  it.each<[string, Quote, 'en' | 'es', { original?: boolean; translationNote?: string }, string]>([
    [
      'English, a source without a link',
      quote('q-petro-handcuffs'),
      'en',
      {},
      '“never allow Colombians to be brought back in handcuffs on flights” — Gustavo Petro, President of Colombia, 26 Jan 2025 (CNN, via a machine re-translation on whistlebuzz.com, From clash to dialogue)',
    ],
    [
      'Spanish: role and date in Spanish',
      quote('q-bessent-cocaine'),
      'es',
      {},
      '“Since President Gustavo Petro came to power, cocaine production in Colombia has exploded to the highest rate in decades” — US Treasury, Departamento del Tesoro, 24 de oct de 2025 (US Treasury, Press release sb0292, https://home.treasury.gov/news/press-releases/sb0292)',
    ],
    [
      'a translation says so',
      quote('q-petro-handcuffs'),
      'en',
      { translationNote: 'translated from Spanish' },
      '“never allow Colombians to be brought back in handcuffs on flights” (translated from Spanish) — Gustavo Petro, President of Colombia, 26 Jan 2025 (CNN, via a machine re-translation on whistlebuzz.com, From clash to dialogue)',
    ],
    [
      'the original wording, month precision',
      withOriginal,
      'es',
      { original: true, translationNote: 'traducido del español' },
      `“Un migrante no es un delincuente” — Gustavo Petro, Presidente de Colombia, ene de 2025 (${S1})`,
    ],
    [
      'original asked for where there is none: the words said',
      quote('q-bessent-cocaine'),
      'en',
      { original: true },
      '“Since President Gustavo Petro came to power, cocaine production in Colombia has exploded to the highest rate in decades” — US Treasury, Treasury Department, 24 Oct 2025 (US Treasury, Press release sb0292, https://home.treasury.gov/news/press-releases/sb0292)',
    ],
    [
      'a source that printed other words is not cited for these',
      reported,
      'en',
      {},
      `“never allow Colombians to be brought back in handcuffs on flights” — Gustavo Petro, President of Colombia, 26 Jan 2025 (${S1})`,
    ],
  ])('%s', (_, q, lang, opts, expected) => {
    expect(tidy(quoteCitationText(q, d, lang, opts))).toBe(expected);
  });
});

describe('saidSourceIds', () => {
  it.each<[string, Pick<Quote, 'citations' | 'reportedWordings'>, string[]]>([
    [
      'every source once',
      { citations: [{ source: 's1' }, { source: 's4' }, { source: 's1' }] },
      ['s1', 's4'],
    ],
    [
      'best first: an original before a copy, whatever the data order',
      { citations: [{ source: 's4' }, { source: 's1' }] },
      ['s1', 's4'],
    ],
    [
      'without the sources of other wordings',
      {
        citations: [{ source: 's1' }, { source: 's4' }],
        reportedWordings: [{ source: 's4', excerpt: 'x'.repeat(8) }],
      },
      ['s1'],
    ],
    [
      'all of them if nothing else is left',
      { citations: [{ source: 's4' }], reportedWordings: [{ source: 's4', excerpt: 'x'.repeat(8) }] },
      ['s4'],
    ],
  ])('%s', (_, q, expected) => {
    expect(saidSourceIds(q, d.sourceById)).toEqual(expected);
  });

  it('writes a source without a link', () => {
    expect(sourceText({ publisher: 'CNN', title: 'A headline', origin: 'original' }, 'en')).toBe(
      'CNN, A headline',
    );
  });

  it('cites the best source, not the copy listed first', () => {
    const q: Quote = {
      ...quote('q-petro-handcuffs'),
      citations: [{ source: 's4', excerpt: 'x'.repeat(8) }, { source: 's1' }],
    };
    expect(quoteCitationText(q, d, 'en')).toMatch(/\(Los Angeles Times \/ AP, /);
  });
});
