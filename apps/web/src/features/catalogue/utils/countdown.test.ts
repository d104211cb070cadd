import { describe, expect, it } from 'vitest';
import { remainingMs, splitDuration } from './countdown';
import { formatShanghai } from './shanghai-time';

describe('countdown', () => {
  it('splits a duration into days, hours, minutes and seconds', () => {
    expect(splitDuration(((2 * 24 + 3) * 3600 + 4 * 60 + 5) * 1000 + 999)).toEqual({
      days: 2,
      hours: 3,
      minutes: 4,
      seconds: 5,
    });
  });

  it('counts from when the server answered, not from the browser clock', () => {
    expect(remainingMs(60_000, 1_000_000, 1_010_000)).toBe(50_000);
    expect(remainingMs(60_000, 1_000_000, 2_000_000)).toBe(0);
  });

  it('shows instants as Asia/Shanghai wall-clock time', () => {
    expect(formatShanghai('2024-09-20T09:30:00.000Z')).toBe('2024-09-20 17:30');
    expect(formatShanghai('2024-09-25T23:59:59+08:00', false)).toBe('2024-09-25');
    expect(formatShanghai(null)).toBe('');
  });
});
