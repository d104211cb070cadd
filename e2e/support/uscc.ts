/**
 * Builds valid unified social credit codes (GB 32100-2015) for test organisations:
 * 1 registration authority + 1 category + 6 region digits + 9-character organisation code
 * (GB 11714, with its own check character) + 1 check character over the first 17.
 */
const usccAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const usccWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const orgCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];

/** The 18th character of a USCC, from its first 17 characters. */
export function usccCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new Error(`expected 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = usccAlphabet.indexOf(first17[i] ?? '');
    if (value < 0) throw new Error(`"${first17[i]}" is not a USCC character`);
    sum += value * (usccWeights[i] ?? 0);
  }
  return usccAlphabet[(31 - (sum % 31)) % 31] ?? '0';
}

/** The 9th character of a GB 11714 organisation code, from its first 8 digits. */
function organisationCodeCheck(body: string): string {
  const sum = [...body].reduce((acc, ch, i) => acc + Number.parseInt(ch, 36) * (orgCodeWeights[i] ?? 0), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** A fresh valid USCC for an enterprise (91…) registered in `regionCode`. */
export function makeUscc(regionCode: string): string {
  const body = String(Math.floor(Math.random() * 100_000_000)).padStart(8, '0');
  const first17 = `91${regionCode}${body}${organisationCodeCheck(body)}`;
  return first17 + usccCheckCharacter(first17);
}

/** The same code with a wrong check character. */
export function breakUscc(uscc: string): string {
  const wrong = usccAlphabet[(usccAlphabet.indexOf(uscc[17] ?? '0') + 1) % usccAlphabet.length];
  return uscc.slice(0, 17) + wrong;
}

/** A short suffix that keeps names and e-mail addresses of one run apart from every other. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}
