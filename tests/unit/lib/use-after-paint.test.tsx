// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { useAfterPaint } from '@/lib/use-after-paint';

function Shown({ a, b }: { a: string; b: number }) {
  const [x, y] = useAfterPaint(a, b);
  return <p>{`${x} ${y}`}</p>;
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useAfterPaint', () => {
  it('shows the first values at once', () => {
    render(<Shown a="first" b={1} />);
    expect(screen.getByText('first 1')).toBeTruthy();
  });

  it('shows new values only after the next frame has painted', () => {
    vi.useFakeTimers();
    const { rerender } = render(<Shown a="first" b={1} />);
    rerender(<Shown a="second" b={2} />);
    expect(screen.getByText('first 1')).toBeTruthy();
    act(() => vi.advanceTimersToNextFrame());
    expect(screen.getByText('first 1')).toBeTruthy();
    act(() => vi.runAllTimers());
    expect(screen.getByText('second 2')).toBeTruthy();
  });

  it('while values keep changing, draws only the latest', () => {
    vi.useFakeTimers();
    const { rerender } = render(<Shown a="a" b={1} />);
    rerender(<Shown a="ab" b={1} />);
    rerender(<Shown a="abc" b={1} />);
    act(() => vi.runAllTimers());
    expect(screen.getByText('abc 1')).toBeTruthy();
  });
});
