import { describe, expect, it } from 'vitest';
import { barPercent, cleanFilters, exportUrl, formatWan, shanghaiText } from './office-filters';

describe('office overview helpers', () => {
  it('builds export addresses from the filters that are set', () => {
    expect(exportUrl('/office/applications.xlsx', {})).toBe('/api/v1/office/applications.xlsx');
    expect(
      exportUrl('/office/applications.xlsx', { callId: 'zj-2025', q: ' 量子 ', city: '', state: undefined }),
    ).toBe(`/api/v1/office/applications.xlsx?callId=zj-2025&q=${encodeURIComponent('量子')}`);
  });
  it('drops empty filters', () => {
    expect(cleanFilters({ q: '  ', city: '331100', field: undefined })).toEqual({ city: '331100' });
  });
  it('scales bars to the largest value', () => {
    expect(barPercent(50, 200)).toBe(25);
    expect(barPercent(1, 100_000)).toBe(1);
    expect(barPercent(0, 10)).toBe(0);
    expect(barPercent(3, 0)).toBe(0);
  });
  it('writes Beijing times and 万元', () => {
    expect(shanghaiText('2026-03-01T09:00:00+08:00')).toBe('2026-03-01 09:00');
    expect(shanghaiText(null)).toBe('');
    expect(formatWan(1234.5)).toBe('1,234.50');
    expect(formatWan(null)).toBe('—');
  });
});
