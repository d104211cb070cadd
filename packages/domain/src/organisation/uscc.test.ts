import { describe, expect, it } from 'vitest';
import { computeUsccCheckCharacter, validateUscc } from './uscc';

describe('validateUscc', () => {
  it('accepts real codes', () => {
    // 阿里巴巴（中国）有限公司 and 浙江大学, as published in the national enterprise credit system.
    expect(validateUscc('91330100799655058B').valid).toBe(true);
    expect(validateUscc('12100000470095016Q').valid).toBe(true);
  });

  it('names the wrong check character and the expected one', () => {
    const result = validateUscc('91330100799655058C');
    expect(result).toEqual({
      valid: false,
      problem: { kind: 'checkCharacter', position: 18, found: 'C', expected: 'B' },
    });
  });

  it('names the position of a character outside the alphabet', () => {
    expect(validateUscc('9133010079965505IB')).toEqual({
      valid: false,
      problem: { kind: 'character', position: 17, found: 'I' },
    });
  });

  it('requires digits in the administrative division code', () => {
    expect(validateUscc('913A0100799655058B')).toMatchObject({ valid: false, problem: { position: 4 } });
  });

  it('rejects wrong lengths and normalises case and spaces', () => {
    expect(validateUscc('9133')).toEqual({ valid: false, problem: { kind: 'length', length: 4 } });
    expect(validateUscc(' 91330100799655058b ')).toEqual({ valid: true, value: '91330100799655058B' });
  });

  it('maps a remainder of zero to the character 0', () => {
    // find a 17-character body whose check value is 0 and make sure it is '0', not the 31st symbol
    const body = '9133010079965505';
    const found = '0123456789ABCDEFGHJKLMNPQRTUWXY'
      .split('')
      .map((c) => body + c)
      .find((b) => computeUsccCheckCharacter(b) === '0');
    expect(found).toBeDefined();
    expect(validateUscc(`${found}0`).valid).toBe(true);
  });
});
