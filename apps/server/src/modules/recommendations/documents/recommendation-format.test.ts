import { describe, expect, it } from 'vitest';
import {
  displayWidth,
  formatChineseDate,
  formatDirection,
  formatShanghaiTimestamp,
  formatWan,
  roundWan,
  shortHash,
  sumWan,
} from './recommendation-format';

describe('recommendation document formatting', () => {
  it('writes instants as Asia/Shanghai time, across the UTC day boundary', () => {
    expect(formatShanghaiTimestamp(new Date('2024-09-20T09:29:58Z'))).toBe('2024-09-20 17:29:58');
    expect(formatChineseDate(new Date('2024-09-23T16:00:00Z'))).toBe('2024年9月24日');
    expect(formatChineseDate(new Date('2024-12-31T15:59:59Z'))).toBe('2024年12月31日');
    expect(formatChineseDate(new Date('2024-12-31T16:00:00Z'))).toBe('2025年1月1日');
    expect(() => formatChineseDate(new Date('not a date'))).toThrow(/invalid Date/);
  });

  it('rounds and adds 万元 without binary drift, and refuses broken amounts', () => {
    expect(roundWan(12.345, 'x')).toBe(12.35);
    expect(sumWan([0.1, 0.2])).toBe(0.3);
    expect(sumWan(Array.from({ length: 10_000 }, () => 0.01))).toBe(100);
    expect(() => roundWan(Number.POSITIVE_INFINITY, '拟支持经费')).toThrow(/拟支持经费/);
    expect(formatWan(1500)).toBe('1,500.00');
  });

  it('names directions with or without a code, and shortens hashes', () => {
    expect(formatDirection({ code: '1.6', name: '中国和芬兰政府间科技合作项目' })).toBe(
      '1.6 中国和芬兰政府间科技合作项目',
    );
    expect(formatDirection({ code: '', name: '对口支援与协作项目' })).toBe('对口支援与协作项目');
    expect(shortHash('ABCDEF0123456789ABCDEF')).toBe('abcdef0123456789');
  });

  it('counts CJK and full-width characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('杭州市')).toBe(6);
    expect(displayWidth('（万元）')).toBe(8);
    expect(displayWidth('𠀀')).toBe(2);
  });
});
