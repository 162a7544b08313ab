import { describe, expect, it } from 'vitest';
import { addDays, DAY_MS, isRealDay, nextMonthStart } from '@/lib/dates';

describe('date arithmetic (UTC days)', () => {
  it('a day is 86,400,000 ms', () => expect(DAY_MS).toBe(86_400_000));

  it.each([
    ['2025-01-31', 1, '2025-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-30', 1, '2025-03-31'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2025-01-01', 0, '2025-01-01'],
  ])('%s plus %i days is %s', (day, days, expected) => expect(addDays(day, days)).toBe(expected));

  it.each([
    ['2025-01', '2025-02-01'],
    ['2025-01-31', '2025-02-01'],
    ['2025-09-15', '2025-10-01'],
    ['2025-12', '2026-01-01'],
    ['2025-12-31', '2026-01-01'],
  ])('the month after %s starts on %s', (date, expected) => expect(nextMonthStart(date)).toBe(expected));

  it.each([
    ['2025-02-28', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
  ])('%s is a real day: %s', (day, expected) => expect(isRealDay(day)).toBe(expected));
});
