import { describe, expect, it } from 'vitest';
import { formatShanghai, fromPickerValue, toPickerValue } from './shanghai-time';

describe('Asia/Shanghai pickers', () => {
  it('shows the Shanghai wall clock and writes it back as a +08:00 instant', () => {
    const picked = toPickerValue('2024-09-20T17:30:00+08:00');
    expect(picked?.format('YYYY-MM-DD HH:mm')).toBe('2024-09-20 17:30');
    expect(fromPickerValue(picked)).toBe('2024-09-20T17:30:00+08:00');
    expect(formatShanghai('2024-09-20T09:30:00Z')).toBe('2024-09-20 17:30');
    expect(fromPickerValue(null)).toBeNull();
  });
});
