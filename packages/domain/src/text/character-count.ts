/**
 * Counts characters the way Chinese users and word processors count 字数: every Han character, full-width
 * punctuation mark and other non-Latin symbol counts one; a run of Latin letters or digits (an English word,
 * a number such as 2024 or 3.5) counts one; white space counts nothing.
 */
export function countChineseCharacters(text: string): number {
  let count = 0;
  let inWord = false;
  for (const ch of text) {
    if (/\s/u.test(ch)) {
      inWord = false;
      continue;
    }
    const isWordChar = /[A-Za-z0-9]/.test(ch) || (inWord && /[.'’_-]/.test(ch));
    if (isWordChar) {
      if (!inWord) count++;
      inWord = true;
    } else {
      count++;
      inWord = false;
    }
  }
  return count;
}
