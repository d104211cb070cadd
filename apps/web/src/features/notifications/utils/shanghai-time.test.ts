import { describe, expect, it } from 'vitest';
import { formatShanghai } from './shanghai-time';

describe('inbox times', () => {
  it('shows an instant as Beijing wall time', () => {
    expect(formatShanghai('2026-03-01T01:00:00.000Z')).toBe('2026-03-01 09:00');
    expect(formatShanghai('2026-03-01T20:30:00Z')).toBe('2026-03-02 04:30');
    expect(formatShanghai('not a date')).toBe('');
  });
});
