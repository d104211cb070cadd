import { describe, expect, it } from 'vitest';
import { callPhase, formatShanghai, msUntilNextBoundary, shanghaiWallClock } from './call-phase';

const window = { start: '2024-09-05T00:00:00+08:00', end: '2024-09-20T17:30:00+08:00' };

describe('callPhase', () => {
  it('is open to the second of the deadline and closed one second after', () => {
    expect(callPhase(window, new Date('2024-09-20T17:30:00+08:00'))).toBe('open');
    expect(callPhase(window, new Date('2024-09-20T09:30:00Z'))).toBe('open');
    expect(callPhase(window, new Date('2024-09-20T17:30:01+08:00'))).toBe('closed');
  });

  it('is upcoming until the start, whatever the zone of the clock', () => {
    expect(callPhase(window, new Date('2024-09-04T23:59:59+08:00'))).toBe('upcoming');
    expect(callPhase(window, new Date('2024-09-04T16:00:00Z'))).toBe('open');
  });

  it('knows calls without a window and windows with only an end', () => {
    expect(callPhase({ start: null, end: null }, new Date())).toBe('unscheduled');
    expect(
      callPhase({ start: null, end: '2024-04-15T23:59:59+08:00' }, new Date('2024-04-15T23:00:00+08:00')),
    ).toBe('open');
  });

  it('counts down to the next boundary and formats Shanghai time', () => {
    expect(msUntilNextBoundary(window, new Date('2024-09-20T17:29:00+08:00'))).toBe(60_000);
    expect(msUntilNextBoundary(window, new Date('2024-09-21T00:00:00+08:00'))).toBeNull();
    expect(formatShanghai('2024-09-20T09:30:00Z')).toBe('2024-09-20 17:30');
  });
});

describe('shanghaiWallClock', () => {
  it('is UTC plus eight hours, across the day and year boundary', () => {
    expect(shanghaiWallClock(new Date('2024-12-31T15:59:59Z'))).toEqual({
      year: 2024,
      month: 12,
      day: 31,
      hour: 23,
      minute: 59,
      second: 59,
    });
    expect(shanghaiWallClock(new Date('2024-12-31T16:00:00Z'))).toMatchObject({
      year: 2025,
      month: 1,
      day: 1,
      hour: 0,
    });
  });
});
