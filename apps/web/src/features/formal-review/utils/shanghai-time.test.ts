import { describe, expect, it } from 'vitest';
import { formatShanghai, isAhead, shanghaiDeadline } from './shanghai-time';

describe('formal review times', () => {
  it('shows instants in Beijing time', () => {
    expect(formatShanghai('2026-03-05T09:30:00Z')).toBe('2026-03-05 17:30');
    expect(formatShanghai('2026-03-05T17:30:00+08:00')).toBe('2026-03-05 17:30');
    expect(formatShanghai('nonsense')).toBe('');
  });

  it('reads a picked wall-clock time as Beijing time', () => {
    expect(shanghaiDeadline('2026-03-05 17:30')).toBe('2026-03-05T17:30:00+08:00');
    expect(shanghaiDeadline('2026-03-05T08:00')).toBe('2026-03-05T08:00:00+08:00');
    expect(shanghaiDeadline('2026-03-05')).toBeNull();
    expect(shanghaiDeadline(null)).toBeNull();
    const deadline = shanghaiDeadline('2026-03-05 17:30');
    expect(isAhead(deadline, Date.parse('2026-03-05T09:29:00Z'))).toBe(true);
    expect(isAhead(deadline, Date.parse('2026-03-05T09:31:00Z'))).toBe(false);
  });
});
