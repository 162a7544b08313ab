// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';

/** Observers the test triggers by hand: every IntersectionObserver and ResizeObserver callback. */
const callbacks: (() => void)[] = [];
class FakeObserver {
  constructor(private readonly callback: () => void) {
    callbacks.push(() => this.callback());
  }
  observe() {}
  disconnect() {}
}
const layoutChanged = () => act(() => callbacks.forEach((c) => c()));

/** Where the panel's place is, in screen heights below the top of the window (the window is 800 px tall). */
let placeTop = 0;

beforeEach(() => {
  vi.resetModules();
  callbacks.length = 0;
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('ResizeObserver', FakeObserver);
  vi.stubGlobal('innerHeight', 800);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const top = this.querySelector('[data-place]') ? placeTop * 800 : 0;
    return { top, bottom: top + 100, left: 0, right: 0, width: 0, height: 100, x: 0, y: top } as DOMRect;
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** The page: maybe a panel above still loading, then the panel's place. */
async function page(loadingAbove: boolean) {
  vi.useFakeTimers();
  const { NearViewport } = await import('@/components/near-viewport');
  const result = render(
    <>
      {loadingAbove && <div aria-busy="true" data-testid="above" />}
      <NearViewport placeholder={<p data-place="1">place</p>}>
        <p>the charts</p>
      </NearViewport>
    </>,
  );
  // The page's height has been still for a moment: the places are where they will stay.
  await act(() => vi.advanceTimersByTimeAsync(600));
  return result;
}

describe('NearViewport', () => {
  it.each([
    [0.5, true],
    [2.5, true],
    [3.5, false],
    [10, false],
  ])('a place %s screens down is drawn at once when nothing above is loading: %s', async (screens, drawn) => {
    placeTop = screens;
    await page(false);
    layoutChanged();
    expect(screen.queryByText('the charts') !== null).toBe(drawn);
  });

  it('a place that comes near as the reader scrolls is drawn then', async () => {
    placeTop = 8;
    await page(false);
    layoutChanged();
    expect(screen.queryByText('the charts')).toBeNull();
    placeTop = 2;
    layoutChanged();
    expect(screen.getByText('the charts')).toBeTruthy();
  });

  it('a place that looks near while a panel above is still loading waits for that panel', async () => {
    placeTop = 1.5;
    const { rerender } = await page(true);
    layoutChanged();
    expect(screen.queryByText('the charts')).toBeNull();
    // The panel above has drawn and pushed the place far down: still not near.
    placeTop = 9;
    const { NearViewport } = await import('@/components/near-viewport');
    rerender(
      <NearViewport placeholder={<p data-place="1">place</p>}>
        <p>the charts</p>
      </NearViewport>,
    );
    layoutChanged();
    expect(screen.queryByText('the charts')).toBeNull();
  });

  it('a place on screen is drawn even while a panel above is still loading', async () => {
    placeTop = 0.5;
    await page(true);
    layoutChanged();
    expect(screen.getByText('the charts')).toBeTruthy();
  });

  it('without IntersectionObserver the children are drawn at once', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const { NearViewport } = await import('@/components/near-viewport');
    render(
      <NearViewport placeholder={<p>place</p>}>
        <p>the charts</p>
      </NearViewport>,
    );
    expect(screen.getByText('the charts')).toBeTruthy();
  });
});
