import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { browserLang } from '@/i18n/lang';
import { parseView } from '@/view-state/url-codec';

const script = readFileSync('public/first-screen-view.js', 'utf8');

/** Runs public/first-screen-view.js for a page at `search` in a browser whose languages are `languages`. */
function hidesWrittenScreen(search: string, languages: string[]): boolean {
  const classes = new Set<string>();
  runInNewContext(script, {
    URLSearchParams,
    window: { location: { search }, navigator: { languages } },
    document: { documentElement: { classList: { add: (c: string) => classes.add(c) } } },
  });
  return classes.has('first-screen-off');
}

/** The view the app starts in (app/start.tsx) is the written first screen: English, no event, not embedded, bundled data. */
function appShowsWrittenScreen(search: string, languages: string[]): boolean {
  const { view } = parseView(search, undefined, browserLang(languages));
  return view.lang === 'en' && !view.embed && !view.event && !view.data;
}

describe('first-screen-view.js, before the first paint', () => {
  it.each([
    ['', ['en-GB'], false],
    ['?actor=petro&month=2025-10', ['en-US'], false],
    ['?lang=en', ['es-CO'], false],
    ['?lang=es', ['en-GB'], true],
    ['', ['es-CO', 'en'], true],
    ['', ['ES'], true],
    ['?lang=fr', ['es-ES'], true],
    ['?lang=fr', ['en-GB'], false],
    ['', [], false],
    ['?event=e01', ['en-GB'], true],
    ['?embed=1', ['en-GB'], true],
    ['?data=https%3A%2F%2Fexample.org%2Fd.json', ['en-GB'], true],
  ])(
    'a page at "%s" in a browser set to %j hides the written English screen: %s',
    (search, languages, hidden) => {
      expect(hidesWrittenScreen(search, languages)).toBe(hidden);
    },
  );

  it.each([
    ['', ['en-GB']],
    ['?lang=es', ['en-GB']],
    ['', ['es-CO']],
    ['?lang=en', ['es-CO']],
    ['?lang=fr', ['es-ES']],
    ['?event=e01&lang=en', ['en-GB']],
    ['?embed=1', ['en-GB']],
    ['?actor=petro', ['en-GB']],
  ])(
    'for "%s" in a browser set to %j, it shows the written screen exactly when the app starts in that view',
    (search, languages) => {
      expect(!hidesWrittenScreen(search, languages)).toBe(appShowsWrittenScreen(search, languages));
    },
  );
});
