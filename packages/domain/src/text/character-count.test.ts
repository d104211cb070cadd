import { describe, expect, it } from 'vitest';
import { countChineseCharacters } from './character-count';

describe('countChineseCharacters', () => {
  it('counts each Han character and full-width punctuation mark once', () => {
    expect(countChineseCharacters('国际科技合作。')).toBe(7);
    expect(countChineseCharacters('（一）“尖兵”')).toBe(7);
  });

  it('counts an English word or a number as one, and ignores white space', () => {
    expect(countChineseCharacters('Business Finland')).toBe(2);
    expect(countChineseCharacters('申请专利3项以上')).toBe(8);
    expect(countChineseCharacters('TRL 4 以下, 2024 年 3.5 万元')).toBe(10);
    expect(countChineseCharacters('  \n\t ')).toBe(0);
  });

  it('counts astral characters once, not as two code units', () => {
    expect(countChineseCharacters('𠀀𠀁')).toBe(2);
    expect(countChineseCharacters('🇨🇳')).toBe(2);
  });
});
