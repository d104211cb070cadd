import { describe, expect, it } from 'vitest';
import { formatShanghai, splitDuration } from './shanghai-time';

describe('Shanghai time', () => {
  it('shows an instant as Beijing wall-clock time, whatever zone it is written in', () => {
    expect(formatShanghai('2026-09-20T17:30:00+08:00')).toBe('2026-09-20 17:30');
    expect(formatShanghai('2026-09-20T16:00:05.000Z', true)).toBe('2026-09-21 00:00:05');
    expect(formatShanghai(null)).toBe('');
    expect(formatShanghai('not a date')).toBe('');
  });

  it('splits a duration into days, hours, minutes and seconds', () => {
    expect(splitDuration(((2 * 24 + 3) * 3600 + 4 * 60 + 5) * 1000 + 999)).toEqual({
      days: 2,
      hours: 3,
      minutes: 4,
      seconds: 5,
    });
    expect(splitDuration(-5)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 });
  });
});
