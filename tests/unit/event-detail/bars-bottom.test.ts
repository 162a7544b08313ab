// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { barsBottom } from '@/features/event-detail/use-top-below-bars';

/** An element whose box ends `bottom` CSS pixels from the window's top. */
function bar(html: string, bottom: number) {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  const el = holder.firstElementChild as HTMLElement;
  el.getBoundingClientRect = () => ({ bottom }) as DOMRect;
  document.body.append(el);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('barsBottom: where the event panel starts on a desktop', () => {
  it.each([
    ['no bars (nothing above the panel)', [], 0],
    [
      'the header at the top of the page, the section bar below it',
      [
        ['<header></header>', 92],
        ['<nav data-sticky="page"></nav>', 137.4],
      ],
      137,
    ],
    [
      'scrolled: the header gone above the window, the section bar stuck',
      [
        ['<header></header>', -400],
        ['<nav data-sticky="page"></nav>', 45],
      ],
      45,
    ],
    ['embedded: only the header', [['<header></header>', 40]], 40],
    [
      'a month heading stuck below the bar does not count',
      [
        ['<nav data-sticky="page"></nav>', 45],
        ['<h3 data-sticky="month"></h3>', 77],
      ],
      45,
    ],
  ] as [string, [string, number][], number][])('%s', (_, bars, expected) => {
    for (const [html, bottom] of bars) bar(html, bottom);
    expect(barsBottom()).toBe(expected);
  });
});
