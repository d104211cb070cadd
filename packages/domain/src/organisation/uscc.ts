/**
 * The unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-character
 * alphabet (digits and capitals without I, O, Z, S, V); the 18th is a check character computed from the
 * first 17 with weights 3^i mod 31.
 */
export const usccAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type UsccProblem =
  | { kind: 'length'; length: number }
  | { kind: 'character'; position: number; found: string }
  | { kind: 'checkCharacter'; position: 18; found: string; expected: string };

export type UsccResult = { valid: true; value: string } | { valid: false; problem: UsccProblem };

/** Computes the check character for the first 17 characters (which must be from the alphabet). */
export function computeUsccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += usccAlphabet.indexOf(first17[i]!) * weights[i]!;
  const check = (31 - (sum % 31)) % 31;
  return usccAlphabet[check]!;
}

/** Validates a USCC, saying which character is wrong. Lower case and surrounding spaces are accepted. */
export function validateUscc(input: string): UsccResult {
  const value = input.trim().toUpperCase();
  if (value.length !== 18) return { valid: false, problem: { kind: 'length', length: value.length } };
  for (let i = 0; i < 18; i++) {
    const ch = value[i]!;
    if (!usccAlphabet.includes(ch))
      return { valid: false, problem: { kind: 'character', position: i + 1, found: ch } };
  }
  for (let i = 2; i < 8; i++) {
    const ch = value[i]!;
    if (ch < '0' || ch > '9')
      return { valid: false, problem: { kind: 'character', position: i + 1, found: ch } };
  }
  const expected = computeUsccCheckCharacter(value.slice(0, 17));
  if (value[17] !== expected) {
    return { valid: false, problem: { kind: 'checkCharacter', position: 18, found: value[17]!, expected } };
  }
  return { valid: true, value };
}
